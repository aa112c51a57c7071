import Extraction

extension KnowledgeGraph {
    /// One merged relation while edges are regrouped.
    private struct PendingEdge {
        var evidence = EvidenceSet()
        var extra = 0
        var negated = true

        /// One statement more; a single dictionary access adds it (three were a third of the regrouping).
        mutating func add(_ item: Evidence, negated statement: Bool) {
            evidence.insert(item)
            negated = negated && statement
        }
    }

    /// The relation is the old graph's interned id (equal strings share one): hashing an integer
    /// per statement instead of the relation's string.
    private struct EdgeKey: Hashable {
        var source: NodeID
        var target: NodeID
        var relation: Int32
    }

    /// Adds `old` edges with their ends moved by `place(node, document)`, statement by statement:
    /// evidence is a set (a statement added twice counts once), sorted by document and position (then by
    /// its other fields, see `Evidence.canonicallyPrecedes`), and
    /// edges come in (source, target, relation) order. `relations` are the old edges' interned relation
    /// ids and `names` their strings (the old graph's `edgeRelations` and `relationNames`).
    /// - Complexity: O(E log E + S log S) for E edges and S statements.
    mutating func addCanonicalEdges(from old: [Edge], relations: [Int32], names: [String], place: (NodeID, String?) -> NodeID?) {
        var pending: [EdgeKey: PendingEdge] = [:]
        for (index, edge) in old.enumerated() {
            let relation = relations[index]
            var firstKey: EdgeKey?
            for evidence in edge.evidence {
                guard let source = place(edge.source, evidence.document), let target = place(edge.target, evidence.document) else { continue }
                let key = EdgeKey(source: source, target: target, relation: relation)
                firstKey = firstKey ?? key
                pending[key, default: PendingEdge()].add(evidence, negated: edge.negated)
            }
            // Counts beyond the evidence (imported without sentences) stay with the edge's first group.
            let extra = edge.count - edge.evidence.count
            guard extra > 0 || edge.evidence.isEmpty else { continue }
            guard let key = firstKey ?? place(edge.source, nil).flatMap({ source in
                place(edge.target, nil).map { EdgeKey(source: source, target: $0, relation: relation) }
            }) else { continue }
            // An edge without evidence still counts at least once.
            pending[key, default: PendingEdge()].extra += edge.evidence.isEmpty ? max(1, edge.count) : extra
            pending[key, default: PendingEdge()].negated = pending[key, default: PendingEdge()].negated && edge.negated
        }
        let ordered = pending.sorted { lhs, rhs in
            if (lhs.key.source, lhs.key.target) != (rhs.key.source, rhs.key.target) {
                return (lhs.key.source, lhs.key.target) < (rhs.key.source, rhs.key.target)
            }
            return names[Int(lhs.key.relation)] < names[Int(rhs.key.relation)]
        }
        reserveCapacity(edges: ordered.count)
        for (key, value) in ordered {
            let evidence = value.evidence.sorted()
            addEdge(from: key.source, to: key.target, relation: names[Int(key.relation)], evidence: evidence,
                    count: evidence.count + value.extra, negated: value.negated)
        }
    }
}
