import Extraction

extension KnowledgeGraph {
    /// What the identity rules make of a set of actor records: the canonical nodes, and where each
    /// old (node, document) pair lands. `canonicalized()` and the native append share it.
    struct Resolution {
        /// The canonical nodes, in their final order (by name, type and key); node i gets id i.
        let nodes: [Node]
        /// Per old node, where its first record went.
        private let fallback: [NodeID?]
        /// Per old node, whether its records went to more than one new node.
        let split: [Bool]
        /// For split old nodes only: each document's landing.
        private let landing: [NodeID: [String: NodeID]]

        /// Resolves `records` (sorted as `RecordOrder` sorts them) of old nodes `0..<nodeCount` under `identity`.
        /// - Complexity: O(R α(R)) for the classes, plus voting each class and sorting V nodes.
        init(records entries: [(node: NodeID, record: ActorRecord)], nodeCount: Int, identity: IdentityRules) {
            // Equal records of two nodes (an append that re-reads a document the graph holds) count once, as
            // adding a record a node has already adds nothing; both nodes' statements still land by it.
            var representative = [Int](repeating: 0, count: entries.count)
            var records: [ActorRecord] = []
            records.reserveCapacity(entries.count)
            for index in entries.indices {
                if index > 0, entries[index].record == entries[index - 1].record {
                    representative[index] = records.count - 1
                } else {
                    representative[index] = records.count
                    records.append(entries[index].record)
                }
            }
            // The votes and the keys once a shape; a record's keys are its shape's, re-addressed to its
            // document when one of them is a one-document key.
            let shapes = RecordShapes(records)
            let named = shapes.nameShapes
            let context = KnowledgeGraph.singleWordContext(shapes: named)
            let shapeKeys = shapes.representatives.map { identity.keys(for: $0, crossing: context.crossing, surnames: context.surnames) }
            // Key values as integers: a shape's shared values are interned once, a one-document value once a record.
            var valueIDs: [String: Int] = [:]
            func valueID(_ value: String) -> Int {
                if let known = valueIDs[value] { return known }
                valueIDs[value] = valueIDs.count
                return valueIDs.count - 1
            }
            let shapeValueIDs = shapeKeys.map { keys in keys.map { $0.rule == .document ? -1 : valueID($0.value) } }
            var keys: [[IdentityRules.Key]] = []
            keys.reserveCapacity(records.count)
            var classes = IdentityClasses(count: records.count,
                                          distinct: KnowledgeGraph.keyPairs(identity.user.distinct, rules: identity))
            var owner: [Int] = []
            for (index, record) in records.enumerated() {
                keys.append(IdentityMemo.readdressed(shapeKeys[Int(shapes.shapeOf[index])], to: record.document))
            }
            for index in records.indices {
                let shape = Int(shapes.shapeOf[index])
                for (position, key) in keys[index].enumerated() {
                    let id = shapeValueIDs[shape][position] >= 0 ? shapeValueIDs[shape][position] : valueID(key.value)
                    if id >= owner.count { owner += repeatElement(-1, count: id + 1 - owner.count) }
                    if owner[id] >= 0 { classes.union(owner[id], index, keys: keys) } else { owner[id] = index }
                }
            }
            for (left, right) in KnowledgeGraph.keyPairs(identity.user.same, rules: identity) {
                if let a = valueIDs[left].map({ owner[$0] }), let b = valueIDs[right].map({ owner[$0] }) { classes.union(a, b, keys: keys) }
            }
            // Classes by their root, an array rather than a dictionary: a build has millions of records.
            var members = [[Int]](repeating: [], count: records.count)
            var root = [Int](repeating: 0, count: records.count)
            for index in records.indices {
                root[index] = classes.find(index)
                members[root[index]].append(index)
            }
            let givenNames = IdentityRules.learnedGivenNames(shapes: named)
            // Each class votes on its own: half the classes on each core, put together in class order.
            let roots = members.indices.filter { !members[$0].isEmpty }
            let tables = ReadOnly(value: (records: records, keys: keys, members: members, roots: roots))
            let voted = BackgroundWork<[Node]>.halves(roots.count) { range in
                let (records, keys, members, roots) = tables.value
                return range.map { position in
                    let group = members[roots[position]]
                    return identity.node(records: group.map { records[$0] }, keys: group.map { keys[$0] }, givenNames: givenNames)
                }
            }
            var built = voted.lower + voted.upper
            var classKey: [Int: String] = [:]
            for (position, node) in built.enumerated() { classKey[roots[position]] = node.key }
            built.sort { ($0.name, $0.type, $0.key) < ($1.name, $1.type, $1.key) }
            // A name that is another actor's own name is no alias here (an article's slip stays in its record).
            let ownNames = Set(built.map { $0.name.lowercased() })
            var nodeOfKey: [String: NodeID] = [:]
            for index in built.indices {
                built[index].id = NodeID(index)
                built[index].aliases.removeAll { ownNames.contains($0.lowercased()) }
                nodeOfKey[built[index].key] = NodeID(index)
            }
            nodes = built
            var targetOfRoot = [NodeID?](repeating: nil, count: records.count)
            for (root, key) in classKey { targetOfRoot[root] = nodeOfKey[key] }
            // Each old (node, document) pair lands where that document's record of the node went, and
            // a pair without a record where the node's first record went. An old node whose records all
            // went one way (almost every node) needs no per-document table: everything of it lands there.
            var fallback = [NodeID?](repeating: nil, count: nodeCount)
            var split = [Bool](repeating: false, count: nodeCount)
            for (index, entry) in entries.enumerated() {
                guard let target = targetOfRoot[root[representative[index]]] else { continue }
                if let first = fallback[entry.node.index] {
                    if first != target { split[entry.node.index] = true }
                } else {
                    fallback[entry.node.index] = target
                }
            }
            var landing: [NodeID: [String: NodeID]] = [:]
            for (index, entry) in entries.enumerated() where split[entry.node.index] {
                guard let target = targetOfRoot[root[representative[index]]] else { continue }
                if landing[entry.node, default: [:]][entry.record.document] == nil { landing[entry.node, default: [:]][entry.record.document] = target }
            }
            self.fallback = fallback
            self.split = split
            self.landing = landing
        }

        /// Where old `node`'s statements of `document` land (nil for a node none of whose records survived).
        func place(_ node: NodeID, _ document: String?) -> NodeID? {
            guard split[node.index] else { return fallback[node.index] }
            return document.flatMap { landing[node]?[$0] } ?? fallback[node.index]
        }
    }
}
