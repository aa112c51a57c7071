import Extraction

/// The identity pass of the compact build: what `canonicalized()` makes of the import graph's actor
/// records, worked out on integer tables.
///
/// In the compact build's common case every record is (document, name, type) with no other names or
/// facts, so a record has exactly one identity key, which depends on its (name, type) shape and, for a
/// key of one document, on its document. Keys are worked out once per shape, a class is one key value,
/// and only each class's node (name and type by vote) sees its records as `ActorRecord` values.
struct CompactIdentity {
    /// The canonical nodes in their final order; their records are in `records` unless kept.
    private(set) var nodes: [KnowledgeGraph.Node] = []
    /// Where each record's statements land: the final index of a node.
    private(set) var placement: [Int32] = []
    /// Each distinct record's node in the import graph (the old build's first graph), whose edges decide
    /// negation; look a record id up through `same` first.
    private(set) var importNode: [Int32] = []
    /// For each record id, the id of its first equal record (a document read in two runs repeats records).
    private(set) var same: [Int32] = []
    /// The record section (each final node's records, encoded), put into blocks on a thread of its own;
    /// nil when the records are kept on the nodes.
    private(set) var recordWork: BackgroundWork<[UInt8]>?

    /// - Parameter keepRecords: true to leave the records on the nodes (for a full graph), false to
    ///   encode them into the record section (`recordWork`) and drop them.
    init(_ triples: CompactTriples, rules: IdentityRules, keepRecords: Bool) {
        let names = triples.names
        // Shapes: each distinct (name, type), as name * 8 + type. The rules' draft of a shape's key is a
        // pure function of it: worked out on the second core while this one sorts the records and counts
        // the collection-wide votes, then resolved with and without their context.
        var present = [Bool](repeating: false, count: names.count << 3)
        for record in triples.records.indices { present[Int(triples.recordShape(record))] = true }
        let shapes = present.indices.filter { present[$0] }.map { Int32($0) }
        let draftWork = BackgroundWork { shapes.map { rules.primaryKeyDraft(for: Self.undocumented($0, names: names)) } }
        // Records in `ActorRecord.<` order, each distinct record once (`same` maps a repeat to it).
        let nameRank = Self.ranks(names)
        let (order, same) = Self.sortedRecords(triples, nameRank: nameRank)
        self.same = same
        let count = triples.records.count
        // How many distinct records have each shape.
        var shapeCount = [Int](repeating: 0, count: names.count << 3)
        for record in order { shapeCount[Int(Self.shape(triples, record))] += 1 }
        let named = shapes.map { KnowledgeGraph.NameShape(name: names[$0 >> 3], type: CompactTriples.types[Int($0 & 7)], count: shapeCount[Int($0)]) }
        let (crossing, surnames) = KnowledgeGraph.singleWordContext(shapes: named)
        let givenNames = IdentityRules.learnedGivenNames(shapes: named)
        let drafts = draftWork.value()
        // Per shape: its key without collection context (the import graph's node) and with it (its class).
        var values = CompactTriples.Table()
        values.reserveCapacity(shapes.count)
        // Arrays by shape, not dictionaries: looked up once a record.
        let unknown = IdentityRules.Key(value: "", rule: .document)
        var canonical = [IdentityRules.Key](repeating: unknown, count: shapeCount.count)
        // Both key ids of a shape side by side: one cache miss a record.
        var shapeKeys = [(primary: Int32, primaryLocal: Bool, canonical: Int32, canonicalLocal: Bool)](
            repeating: (0, false, 0, false), count: shapeCount.count)
        // A record of no aliases has one key (`keys(for:)` adds acronyms of aliases only): the primary
        // key in the collection's context.
        for (index, shape) in shapes.enumerated() {
            let key = drafts[index].key(crossing: [], surnames: [])
            shapeKeys[Int(shape)].primary = values.compactID(key.value)
            shapeKeys[Int(shape)].primaryLocal = key.rule == .document
            let inContext = drafts[index].key(crossing: crossing, surnames: surnames)
            canonical[Int(shape)] = inContext
            shapeKeys[Int(shape)].canonical = values.compactID(inContext.value)
            shapeKeys[Int(shape)].canonicalLocal = inContext.rule == .document
        }
        // Key ids: a value's id, or past all values one per (document, value) of a one-document key.
        var localIDs: [UInt64: Int32] = [:]
        func id(_ key: (value: Int32, local: Bool), _ record: Int) -> Int32 {
            guard key.local else { return key.value }
            let slot = UInt64(UInt32(bitPattern: triples.recordDocument(record))) << 32 | UInt64(UInt32(bitPattern: key.value))
            if let known = localIDs[slot] { return known }
            let id = Int32(truncatingIfNeeded: values.count + localIDs.count)
            localIDs[slot] = id
            return id
        }
        importNode = [Int32](repeating: 0, count: count)
        var classOf = [Int32](repeating: 0, count: count)
        for record in order {
            let shape = Int(Self.shape(triples, record))
            let keys = shapeKeys[shape]
            importNode[record] = id((keys.primary, keys.primaryLocal), record)
            classOf[record] = id((keys.canonical, keys.canonicalLocal), record)
        }
        let keyCount = values.count + localIDs.count

        // Each class's members in record order, as their packed words: voting and the record section read
        // them class by class, which in record ids would be a random read (a cache miss) a record.
        var memberStart = [Int](repeating: 0, count: keyCount + 1)
        for record in order { memberStart[Int(classOf[record]) + 1] += 1 }
        for index in 0..<keyCount { memberStart[index + 1] += memberStart[index] }
        var fill = memberStart, members = [UInt64](repeating: 0, count: order.count)
        for record in order {
            let group = Int(classOf[record])
            members[fill[group]] = triples.records[record]
            fill[group] += 1
        }

        // Voting is per class: half the classes on each core, put together in class order.
        let classes = ReadOnly(value: Classes(triples: triples, rules: rules, members: members, memberStart: memberStart,
                                              canonical: canonical, givenNames: givenNames, keepRecords: keepRecords))
        let voted = BackgroundWork<[KnowledgeGraph.Node]>.halves(keyCount) { Self.vote(classes.value, groups: $0) }
        var built = Self.sorted(voted.lower + voted.upper, names: names, nameRank: nameRank)
        // As `canonicalized()`: a name that is another actor's own name is no alias.
        let ownNames = Set(built.map { $0.name.lowercased() })
        let classInOrder = built.map(\.id.index)
        var finalOf = [Int32](repeating: 0, count: keyCount)
        for index in built.indices {
            finalOf[classInOrder[index]] = Int32(truncatingIfNeeded: index)
            built[index].id = NodeID(index)
            built[index].aliases.removeAll { ownNames.contains($0.lowercased()) }
        }
        if !keepRecords {
            // The section is needed only when the file is written: copied and deflated on the second core.
            recordWork = BackgroundWork { Self.recordSection(classes.value, order: classInOrder) }
        }
        nodes = built
        placement = Self.placement(order: order, same: same, importNode: importNode, target: { finalOf[Int(classOf[$0])] },
                                   document: { triples.recordDocument($0) }, importCount: keyCount)
    }

    /// A shape's (name, type) as a record of no document, as the rules see it.
    private static func undocumented(_ shape: Int32, names: CompactTriples.Table) -> ActorRecord {
        ActorRecord(document: "", name: names[shape >> 3], type: CompactTriples.types[Int(shape & 7)])
    }

    /// A record's shape: name id * 8 + type.
    private static func shape(_ triples: CompactTriples, _ record: Int) -> Int32 {
        triples.recordShape(record)
    }

    /// Distinct record ids in `ActorRecord.<` order (by document, name and type, ranked in `String`
    /// order), and for every record id the id of its first equal record.
    /// - Complexity: O(R log D) for R records in runs of at most D per document.
    private static func sortedRecords(_ triples: CompactTriples, nameRank: [Int32]) -> (order: [Int], same: [Int32]) {
        let documentRank = ranks(triples.documents)
        let typeOrder = EntityType.allCases.sorted()
        let typeRank = CompactTriples.types.map { UInt64(typeOrder.firstIndex(of: $0) ?? 0) }
        let count = triples.records.count
        // Bucketed by document rank, then each bucket sorted on (name rank, type, record id) in one word.
        var start = [Int](repeating: 0, count: triples.documents.count + 1)
        for record in 0..<count { start[Int(documentRank[Int(triples.recordDocument(record))]) + 1] += 1 }
        for index in 0..<triples.documents.count { start[index + 1] += start[index] }
        var fill = start, packed = [UInt64](repeating: 0, count: count)
        for record in 0..<count {
            let bucket = Int(documentRank[Int(triples.recordDocument(record))])
            packed[fill[bucket]] = (UInt64(nameRank[Int(triples.recordName(record))]) << 3
                | typeRank[CompactTriples.typeIndex(triples.recordType(record))]) << 32 | UInt64(record)
            fill[bucket] += 1
        }
        var order: [Int] = [], same = [Int32](repeating: 0, count: count)
        order.reserveCapacity(count)
        for bucket in 0..<triples.documents.count {
            packed[start[bucket]..<start[bucket + 1]].sort()
            var previous: UInt64?
            for word in packed[start[bucket]..<start[bucket + 1]] {
                let record = Int(word & 0xFFFF_FFFF)
                if let previous, previous >> 32 == word >> 32 {
                    same[record] = Int32(previous & 0xFFFF_FFFF)
                    continue
                }
                previous = word
                same[record] = Int32(record)
                order.append(record)
            }
        }
        return (order, same)
    }

    /// `nodes` in (name, type, key) order, as indices moved once (a `Node` is large to move at every step).
    /// When every name is one of `names`, a name compares by its rank there: the table's names are
    /// canonically distinct, so equal ranks are equal names and the order is `String`'s.
    /// - Complexity: O(n log n) comparisons, of strings only for a name outside `names` or on equal names.
    private static func sorted(_ nodes: [KnowledgeGraph.Node], names: CompactTriples.Table, nameRank: [Int32]) -> [KnowledgeGraph.Node] {
        var rank: [Int32] = []
        rank.reserveCapacity(nodes.count)
        for node in nodes {
            guard let id = names.existingID(node.name) else {
                rank = []
                break
            }
            rank.append(nameRank[Int(id)])
        }
        let order = nodes.indices.sorted { lhs, rhs in
            if !rank.isEmpty, rank[lhs] != rank[rhs] { return rank[lhs] < rank[rhs] }
            return (nodes[lhs].name, nodes[lhs].type, nodes[lhs].key) < (nodes[rhs].name, nodes[rhs].type, nodes[rhs].key)
        }
        return order.map { nodes[$0] }
    }

    /// Each string's rank in `String.<` order.
    static func ranks(_ table: CompactTriples.Table) -> [Int32] {
        var rank = [Int32](repeating: 0, count: table.count)
        let sorted = table.strings.indices.sorted { table.strings[$0] < table.strings[$1] }
        for (position, id) in sorted.enumerated() { rank[id] = Int32(truncatingIfNeeded: position) }
        return rank
    }

    /// As `canonicalized()` places an old node's statements: where its first record (in record order)
    /// went, or, for an old node whose records went to different actors, where its first record of the
    /// statement's document went. Indexed by record id (a repeated record lands where its first did).
    private static func placement(order: [Int], same: [Int32], importNode: [Int32], target: (Int) -> Int32, document: (Int) -> Int32,
                                  importCount: Int) -> [Int32] {
        var fallback = [Int32](repeating: -1, count: importCount)
        var split = [Bool](repeating: false, count: importCount)
        for record in order {
            let node = Int(importNode[record]), landing = target(record)
            if fallback[node] < 0 { fallback[node] = landing } else if fallback[node] != landing { split[node] = true }
        }
        var landing: [UInt64: Int32] = [:]
        for record in order where split[Int(importNode[record])] {
            let key = UInt64(UInt32(bitPattern: importNode[record])) << 32 | UInt64(UInt32(bitPattern: document(record)))
            if landing[key] == nil { landing[key] = target(record) }
        }
        return same.map { first in
            let record = Int(first), node = Int(importNode[record])
            guard split[node] else { return fallback[node] }
            let key = UInt64(UInt32(bitPattern: importNode[record])) << 32 | UInt64(UInt32(bitPattern: document(record)))
            return landing[key] ?? fallback[node]
        }
    }
}
