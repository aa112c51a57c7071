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
    /// Each record's node in the import graph (the old build's first graph), whose edges decide negation.
    private(set) var importNode: [Int32] = []
    /// Each final node's records, encoded as the native file's record section holds them.
    private(set) var records = BlockWriter()

    /// - Parameter keepRecords: true to leave the records on the nodes (for a full graph), false to
    ///   encode them into `records` and drop them.
    /// - Throws: `Unsupported` when a record would have more than one key (never in the common case).
    init(_ triples: CompactTriples, rules: IdentityRules, keepRecords: Bool) throws(CompactTriples.Unsupported) {
        let count = triples.recordDocument.count
        let documents = triples.documents, names = triples.names
        // Shapes: each distinct (name, type) and how many records have it.
        var shapeIDs: [UInt64: Int32] = [:]
        var shapeName: [Int32] = [], shapeType: [EntityType] = [], shapeCount: [Int] = []
        var shapeOf = [Int32](repeating: 0, count: count)
        for record in 0..<count {
            let key = UInt64(triples.recordName[record]) << 8 | UInt64(CompactTriples.typeIndex(triples.recordType[record]))
            let shape: Int32
            if let known = shapeIDs[key] {
                shape = known
            } else {
                shape = Int32(truncatingIfNeeded: shapeName.count)
                shapeIDs[key] = shape
                shapeName.append(triples.recordName[record])
                shapeType.append(triples.recordType[record])
                shapeCount.append(0)
            }
            shapeCount[Int(shape)] += 1
            shapeOf[record] = shape
        }
        func undocumented(_ shape: Int) -> ActorRecord { ActorRecord(document: "", name: names[shapeName[shape]], type: shapeType[shape]) }
        var values = CompactTriples.Table()
        // A key as (document + 1 for a key of one document, else 0) and the key value's id.
        func slot(_ key: IdentityRules.Key, _ record: Int) -> UInt64 {
            let value = UInt64(UInt32(bitPattern: values.id(key.value)))
            return key.rule == .document ? UInt64(triples.recordDocument[record] + 1) << 32 | value : value
        }

        // The import graph's nodes: records by their primary key without collection context.
        let primary = (0..<shapeName.count).map { rules.primaryKey(for: undocumented($0)) }
        var importIDs: [UInt64: Int32] = [:]
        importNode = [Int32](repeating: 0, count: count)
        for record in 0..<count {
            let key = slot(primary[Int(shapeOf[record])], record)
            if let known = importIDs[key] {
                importNode[record] = known
            } else {
                let id = Int32(truncatingIfNeeded: importIDs.count)
                importIDs[key] = id
                importNode[record] = id
            }
        }

        let order = Self.sortedRecords(triples)
        let shapes = (0..<shapeName.count).map { KnowledgeGraph.NameShape(name: names[shapeName[$0]], type: shapeType[$0], count: shapeCount[$0]) }
        let context = KnowledgeGraph.singleWordContext(shapes: shapes)
        let givenNames = IdentityRules.learnedGivenNames(shapes: shapes)
        var canonical: [IdentityRules.Key] = []
        for shape in shapeName.indices {
            let keys = rules.keys(for: undocumented(shape), crossing: context.crossing, surnames: context.surnames)
            guard keys.count == 1 else { throw CompactTriples.Unsupported() }
            canonical.append(keys[0])
        }

        // Classes (one key value each), numbered in record order, and their members in that order.
        var classIDs: [UInt64: Int32] = [:]
        var classOf = [Int32](repeating: 0, count: count)
        var classFirst: [Int] = []
        for record in order {
            let key = slot(canonical[Int(shapeOf[record])], record)
            if let known = classIDs[key] {
                classOf[record] = known
            } else {
                classOf[record] = Int32(truncatingIfNeeded: classFirst.count)
                classIDs[key] = classOf[record]
                classFirst.append(record)
            }
        }
        var memberStart = [Int](repeating: 0, count: classFirst.count + 1)
        for record in 0..<count { memberStart[Int(classOf[record]) + 1] += 1 }
        for index in classFirst.indices { memberStart[index + 1] += memberStart[index] }
        var fill = memberStart, members = [Int](repeating: 0, count: count)
        for record in order {
            let group = Int(classOf[record])
            members[fill[group]] = record
            fill[group] += 1
        }

        var built: [KnowledgeGraph.Node] = []
        built.reserveCapacity(classFirst.count)
        for group in classFirst.indices {
            let range = memberStart[group]..<memberStart[group + 1]
            let first = classFirst[group], template = canonical[Int(shapeOf[first])]
            let key = template.rule == .document
                ? IdentityMemo.readdressed(template, to: documents[triples.recordDocument[first]]).value : template.value
            let groupRecords = members[range].map { record in
                ActorRecord(document: documents[triples.recordDocument[record]], name: names[triples.recordName[record]],
                            type: triples.recordType[record])
            }
            let groupKeys = members[range].map { [IdentityRules.Key(value: key, rule: canonical[Int(shapeOf[$0])].rule)] }
            var node = rules.node(records: groupRecords, keys: groupKeys, givenNames: givenNames)
            node.id = NodeID(group)
            built.append(node)
        }
        built.sort { ($0.name, $0.type, $0.key) < ($1.name, $1.type, $1.key) }
        // As `canonicalized()`: a name that is another actor's own name is no alias.
        let ownNames = Set(built.map { $0.name.lowercased() })
        var finalOf = [Int32](repeating: 0, count: classFirst.count)
        for index in built.indices {
            finalOf[built[index].id.index] = Int32(truncatingIfNeeded: index)
            built[index].id = NodeID(index)
            built[index].aliases.removeAll { ownNames.contains($0.lowercased()) }
            if !keepRecords {
                records.append { ProvenanceCoding.encode(built[index].records, into: &$0) }
                built[index].records = []
            }
        }
        nodes = built
        placement = Self.placement(order: order, importNode: importNode, target: { finalOf[Int(classOf[$0])] },
                                   document: triples.recordDocument, importCount: importIDs.count)
    }

    /// The record section, finished (once).
    mutating func finishRecords() -> [UInt8] { records.finish() }

    /// Record ids in `ActorRecord.<` order: by document, name and type (ASCII strings, so byte order).
    private static func sortedRecords(_ triples: CompactTriples) -> [Int] {
        let documentRank = ranks(triples.documents), nameRank = ranks(triples.names)
        let typeOrder = EntityType.allCases.sorted()
        let typeRank = EntityType.allCases.map { UInt64(typeOrder.firstIndex(of: $0) ?? 0) }
        let packed = triples.recordDocument.indices.map { record in
            UInt64(documentRank[Int(triples.recordDocument[record])]) << 36 | UInt64(nameRank[Int(triples.recordName[record])]) << 8
                | typeRank[CompactTriples.typeIndex(triples.recordType[record])]
        }
        return packed.indices.sorted { packed[$0] < packed[$1] }
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
    /// statement's document went.
    private static func placement(order: [Int], importNode: [Int32], target: (Int) -> Int32, document: [Int32],
                                  importCount: Int) -> [Int32] {
        var fallback = [Int32](repeating: -1, count: importCount)
        var split = [Bool](repeating: false, count: importCount)
        for record in order {
            let node = Int(importNode[record]), landing = target(record)
            if fallback[node] < 0 { fallback[node] = landing } else if fallback[node] != landing { split[node] = true }
        }
        var landing: [UInt64: Int32] = [:]
        for record in order where split[Int(importNode[record])] {
            let key = UInt64(UInt32(bitPattern: importNode[record])) << 32 | UInt64(UInt32(bitPattern: document[record]))
            if landing[key] == nil { landing[key] = target(record) }
        }
        return importNode.indices.map { record in
            let node = Int(importNode[record])
            guard split[node] else { return fallback[node] }
            let key = UInt64(UInt32(bitPattern: importNode[record])) << 32 | UInt64(UInt32(bitPattern: document[record]))
            return landing[key] ?? fallback[node]
        }
    }
}
