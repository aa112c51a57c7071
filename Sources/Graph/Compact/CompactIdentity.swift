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
    /// Each final node's records, encoded as the native file's record section holds them.
    private(set) var records = BlockWriter()

    /// - Parameter keepRecords: true to leave the records on the nodes (for a full graph), false to
    ///   encode them into `records` and drop them.
    /// - Throws: `Unsupported` when a record would have more than one key (never in the common case).
    init(_ triples: CompactTriples, rules: IdentityRules, keepRecords: Bool) throws(CompactTriples.Unsupported) {
        let names = triples.names
        // Records in `ActorRecord.<` order, each distinct record once (`same` maps a repeat to it).
        let (order, same) = Self.sortedRecords(triples)
        self.same = same
        let count = triples.records.count
        // Shapes: each distinct (name, type), as name * 8 + type, and how many distinct records have it.
        var shapeCount = [Int](repeating: 0, count: names.count << 3)
        for record in order { shapeCount[Int(Self.shape(triples, record))] += 1 }
        let shapes = shapeCount.indices.filter { shapeCount[$0] > 0 }.map { Int32($0) }
        // The rules are pure functions of a shape: the primary keys are worked out on the second core
        // while this one counts the collection-wide votes, then the canonical keys half on each core.
        let primaryWork = BackgroundWork {
            shapes.map { rules.primaryKey(for: Self.undocumented($0, names: names)) }
        }
        let named = shapes.map { KnowledgeGraph.NameShape(name: names[$0 >> 3], type: CompactTriples.types[Int($0 & 7)], count: shapeCount[Int($0)]) }
        let context = KnowledgeGraph.singleWordContext(shapes: named)
        let givenNames = IdentityRules.learnedGivenNames(shapes: named)
        let (crossing, surnames) = context
        let canonicalHalves = BackgroundWork<[[IdentityRules.Key]]>.halves(shapes.count) { range in
            shapes[range].map { rules.keys(for: Self.undocumented($0, names: names), crossing: crossing, surnames: surnames) }
        }
        let primaryKeys = primaryWork.value(), canonicalKeys = canonicalHalves.lower + canonicalHalves.upper
        // Per shape: its key without collection context (the import graph's node) and with it (its class).
        var values = CompactTriples.Table()
        // Arrays by shape, not dictionaries: looked up once a record.
        let unknown = IdentityRules.Key(value: "", rule: .document)
        var canonical = [IdentityRules.Key](repeating: unknown, count: shapeCount.count)
        // Both key ids of a shape side by side: one cache miss a record.
        var shapeKeys = [(primary: Int32, primaryLocal: Bool, canonical: Int32, canonicalLocal: Bool)](
            repeating: (0, false, 0, false), count: shapeCount.count)
        for (index, shape) in shapes.enumerated() {
            let key = primaryKeys[index]
            shapeKeys[Int(shape)].primary = values.compactID(key.value)
            shapeKeys[Int(shape)].primaryLocal = key.rule == .document
            let keys = canonicalKeys[index]
            guard keys.count == 1 else { throw CompactTriples.Unsupported() }
            canonical[Int(shape)] = keys[0]
            shapeKeys[Int(shape)].canonical = values.compactID(keys[0].value)
            shapeKeys[Int(shape)].canonicalLocal = keys[0].rule == .document
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

        // Each class's members in record order.
        var memberStart = [Int](repeating: 0, count: keyCount + 1)
        for record in order { memberStart[Int(classOf[record]) + 1] += 1 }
        for index in 0..<keyCount { memberStart[index + 1] += memberStart[index] }
        var fill = memberStart, members = [Int](repeating: 0, count: order.count)
        for record in order {
            let group = Int(classOf[record])
            members[fill[group]] = record
            fill[group] += 1
        }

        // Voting is per class: half the classes on each core, put together in class order.
        let classes = ReadOnly(value: Classes(triples: triples, rules: rules, members: members, memberStart: memberStart,
                                              canonical: canonical, givenNames: givenNames, keepRecords: keepRecords))
        let voted = BackgroundWork<Voted>.halves(keyCount) { Self.vote(classes.value, groups: $0) }
        var built = voted.lower.nodes + voted.upper.nodes
        built.sort { ($0.name, $0.type, $0.key) < ($1.name, $1.type, $1.key) }
        // As `canonicalized()`: a name that is another actor's own name is no alias.
        let ownNames = Set(built.map { $0.name.lowercased() })
        var finalOf = [Int32](repeating: 0, count: keyCount)
        for index in built.indices {
            let group = built[index].id.index
            finalOf[group] = Int32(truncatingIfNeeded: index)
            built[index].id = NodeID(index)
            built[index].aliases.removeAll { ownNames.contains($0.lowercased()) }
            if !keepRecords {
                let middle = keyCount / 2
                if group < middle {
                    records.append { $0.bytes.append(contentsOf: voted.lower.encoded.bytes[voted.lower.encodedRange[group]]) }
                } else {
                    records.append { $0.bytes.append(contentsOf: voted.upper.encoded.bytes[voted.upper.encodedRange[group - middle]]) }
                }
            }
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

    /// The record section, finished (once).
    mutating func finishRecords() -> [UInt8] { records.finish() }

    /// Distinct record ids in `ActorRecord.<` order (by document, name and type, ranked in `String`
    /// order), and for every record id the id of its first equal record.
    /// - Complexity: O(R log D) for R records in runs of at most D per document.
    private static func sortedRecords(_ triples: CompactTriples) -> (order: [Int], same: [Int32]) {
        let documentRank = ranks(triples.documents), nameRank = ranks(triples.names)
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
