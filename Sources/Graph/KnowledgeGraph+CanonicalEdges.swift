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

    private struct EdgeKey: Hashable {
        var source: NodeID
        var target: NodeID
        var relation: String
    }

    /// Adds `old` edges with their ends moved by `place(node, document)`, statement by statement:
    /// evidence is a set (a statement added twice counts once), sorted by document and position (then by
    /// its other fields, see `Evidence.canonicallyPrecedes`), and
    /// edges come in (source, target, relation) order.
    /// - Complexity: O(E log E + S log S) for E edges and S statements.
    mutating func addCanonicalEdges(from old: [Edge], place: (NodeID, String?) -> NodeID?) {
        var pending: [EdgeKey: PendingEdge] = [:]
        for edge in old {
            var firstKey: EdgeKey?
            for evidence in edge.evidence {
                guard let source = place(edge.source, evidence.document), let target = place(edge.target, evidence.document) else { continue }
                let key = EdgeKey(source: source, target: target, relation: edge.relation)
                firstKey = firstKey ?? key
                pending[key, default: PendingEdge()].add(evidence, negated: edge.negated)
            }
            // Counts beyond the evidence (imported without sentences) stay with the edge's first group.
            let extra = edge.count - edge.evidence.count
            guard extra > 0 || edge.evidence.isEmpty else { continue }
            guard let key = firstKey ?? place(edge.source, nil).flatMap({ source in
                place(edge.target, nil).map { EdgeKey(source: source, target: $0, relation: edge.relation) }
            }) else { continue }
            // An edge without evidence still counts at least once.
            pending[key, default: PendingEdge()].extra += edge.evidence.isEmpty ? max(1, edge.count) : extra
            pending[key, default: PendingEdge()].negated = pending[key, default: PendingEdge()].negated && edge.negated
        }
        let ordered = pending.sorted { lhs, rhs in
            (lhs.key.source, lhs.key.target, lhs.key.relation) < (rhs.key.source, rhs.key.target, rhs.key.relation)
        }
        reserveCapacity(edges: ordered.count)
        for (key, value) in ordered {
            let evidence = value.evidence.sorted()
            addEdge(from: key.source, to: key.target, relation: key.relation, evidence: evidence,
                    count: evidence.count + value.extra, negated: value.negated)
        }
    }
}
