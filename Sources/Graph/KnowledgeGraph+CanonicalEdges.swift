import Extraction

extension KnowledgeGraph {
    /// Edges regrouped statement by statement after their ends moved: evidence is a set (a statement
    /// added twice counts once), sorted by document and position (then by its other fields, see
    /// `Evidence.canonicallyPrecedes`).
    struct EdgeRegrouping {
        /// The relation is the old graph's interned id (equal strings share one): hashing an integer
        /// per statement instead of the relation's string.
        struct Key: Hashable {
            var source: NodeID
            var target: NodeID
            var relation: Int32
        }

        /// One merged relation while edges are regrouped.
        struct Pending {
            var evidence = EvidenceSet()
            var extra = 0
            var negated = true

            /// One statement more; a single dictionary access adds it (three were a third of the regrouping).
            mutating func add(_ item: Evidence, negated statement: Bool) {
                evidence.insert(item)
                negated = negated && statement
            }
        }

        private(set) var pending: [Key: Pending] = [:]

        /// Adds `edge`, whose relation id is `relation`, with its ends moved by `place(node, document)`.
        mutating func add(_ edge: Edge, relation: Int32, place: (NodeID, String?) -> NodeID?) {
            var firstKey: Key?
            for evidence in edge.evidence {
                guard let source = place(edge.source, evidence.document), let target = place(edge.target, evidence.document) else { continue }
                let key = Key(source: source, target: target, relation: relation)
                firstKey = firstKey ?? key
                pending[key, default: Pending()].add(evidence, negated: edge.negated)
            }
            // Counts beyond the evidence (imported without sentences) stay with the edge's first group.
            let extra = edge.count - edge.evidence.count
            guard extra > 0 || edge.evidence.isEmpty else { return }
            guard let key = firstKey ?? place(edge.source, nil).flatMap({ source in
                place(edge.target, nil).map { Key(source: source, target: $0, relation: relation) }
            }) else { return }
            // An edge without evidence still counts at least once.
            pending[key, default: Pending()].extra += edge.evidence.isEmpty ? max(1, edge.count) : extra
            pending[key, default: Pending()].negated = pending[key, default: Pending()].negated && edge.negated
        }

        /// `keys` in (source, target, relation) order, the relation by its string in `names`.
        /// - Complexity: O(K log K).
        static func ordered(_ keys: some Sequence<Key>, names: [String]) -> [Key] {
            keys.sorted { lhs, rhs in
                if (lhs.source, lhs.target) != (rhs.source, rhs.target) { return (lhs.source, lhs.target) < (rhs.source, rhs.target) }
                return names[Int(lhs.relation)] < names[Int(rhs.relation)]
            }
        }
    }

    /// Adds `old` edges with their ends moved by `place(node, document)`, regrouped (see `EdgeRegrouping`);
    /// edges come in (source, target, relation) order. `relations` are the old edges' interned relation
    /// ids and `names` their strings (the old graph's `edgeRelations` and `relationNames`).
    /// - Complexity: O(E log E + S log S) for E edges and S statements.
    mutating func addCanonicalEdges(from old: [Edge], relations: [Int32], names: [String], place: (NodeID, String?) -> NodeID?) {
        var regrouping = EdgeRegrouping()
        for (index, edge) in old.enumerated() { regrouping.add(edge, relation: relations[index], place: place) }
        let ordered = EdgeRegrouping.ordered(regrouping.pending.keys, names: names)
        reserveCapacity(edges: ordered.count)
        for key in ordered {
            guard let value = regrouping.pending[key] else { continue }
            let evidence = value.evidence.sorted()
            addEdge(from: key.source, to: key.target, relation: names[Int(key.relation)], evidence: evidence,
                    count: evidence.count + value.extra, negated: value.negated)
        }
    }
}
