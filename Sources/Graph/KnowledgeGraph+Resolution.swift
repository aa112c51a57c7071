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
            let context = KnowledgeGraph.singleWordContext(records)
            var memo = IdentityMemo()
            let keys = records.map { memo.keys(for: $0, rules: identity, crossing: context.crossing, surnames: context.surnames) }
            var classes = IdentityClasses(count: records.count,
                                          distinct: KnowledgeGraph.keyPairs(identity.user.distinct, rules: identity))
            var owner: [String: Int] = [:]
            for (index, recordKeys) in keys.enumerated() {
                for key in recordKeys {
                    if let first = owner[key.value] { classes.union(first, index, keys: keys) } else { owner[key.value] = index }
                }
            }
            for (left, right) in KnowledgeGraph.keyPairs(identity.user.same, rules: identity) {
                if let a = owner[left], let b = owner[right] { classes.union(a, b, keys: keys) }
            }
            // Classes by their root, an array rather than a dictionary: a build has millions of records.
            var members = [[Int]](repeating: [], count: records.count)
            var root = [Int](repeating: 0, count: records.count)
            for index in records.indices {
                root[index] = classes.find(index)
                members[root[index]].append(index)
            }
            let givenNames = IdentityRules.learnedGivenNames(records)
            var classKey: [Int: String] = [:]
            var built = members.indices.filter { !members[$0].isEmpty }.map { root in
                let group = members[root]
                let node = identity.node(records: group.map { records[$0] }, keys: group.map { keys[$0] }, givenNames: givenNames)
                classKey[root] = node.key
                return node
            }.sorted { ($0.name, $0.type, $0.key) < ($1.name, $1.type, $1.key) }
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
