import Extraction

/// The distinct shapes (name, type, aliases, title) of a set of actor records, and each record's shape:
/// what identity keys depend on, besides the document of a one-document key. The collection-wide votes
/// and the keys are then worked out once a shape, not once a record (a million-triple graph holds two
/// million records and a tenth as many shapes).
struct RecordShapes {
    /// Per record, its shape.
    let shapeOf: [Int32]
    /// Per shape, its first record without its document.
    let representatives: [ActorRecord]
    /// Per shape, how many records have it.
    let counts: [Int]

    /// - Complexity: O(R) hash look-ups.
    init(_ records: [ActorRecord]) {
        var index: [IdentityMemo.Shape: Int32] = [:]
        var shapeOf: [Int32] = [], representatives: [ActorRecord] = [], counts: [Int] = []
        shapeOf.reserveCapacity(records.count)
        for record in records {
            let shape = IdentityMemo.Shape(record)
            if let known = index[shape] {
                shapeOf.append(known)
                counts[Int(known)] += 1
            } else {
                let id = Int32(representatives.count)
                index[shape] = id
                shapeOf.append(id)
                representatives.append(IdentityMemo.undocumented(record))
                counts.append(1)
            }
        }
        self.shapeOf = shapeOf
        self.representatives = representatives
        self.counts = counts
    }

    /// The shapes as the collection-wide votes count them.
    var nameShapes: [KnowledgeGraph.NameShape] {
        zip(representatives, counts).map { KnowledgeGraph.NameShape(name: $0.name, type: $0.type, count: $1) }
    }
}
