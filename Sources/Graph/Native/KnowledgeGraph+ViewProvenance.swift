extension KnowledgeGraph {
    /// `view`, a part of this graph cut by views (its nodes keep their keys, its edges their ends and
    /// relations), with the evidence and actor records this graph left in its native file read in for
    /// the view's edges and nodes alone: drawing or exporting a neighbourhood of a big file inflates
    /// only the blocks it needs. A graph that holds its provenance in memory returns `view` unchanged.
    /// - Complexity: O(V' + Σ degree of the view's sources) plus the blocks the view touches.
    public func provenance(for view: KnowledgeGraph) throws(GraphError) -> KnowledgeGraph {
        guard let file = provenance else { return view }
        var original: [NodeID] = []
        original.reserveCapacity(view.nodes.count)
        for node in view.nodes {
            guard let id = self.node(key: node.key) else { throw GraphError.corruptGraph(path: file.path, reason: "a view's actor \(node.key) is not in the graph") }
            original.append(id)
        }
        let out = outgoing
        var edgeIDs: [EdgeID] = []
        edgeIDs.reserveCapacity(view.edges.count)
        for edge in view.edges {
            let source = original[edge.source.index], target = original[edge.target.index]
            let match = out.range(of: source).first { slot in
                out.neighbors[slot] == target && edges[out.edges[slot].index].relation == edge.relation
            }
            guard let match else { throw GraphError.corruptGraph(path: file.path, reason: "a view's relation \(edge.relation) is not in the graph") }
            edgeIDs.append(out.edges[match])
        }
        let evidence = try file.evidence(of: edgeIDs), records = try file.records(of: original)
        var filled = view
        filled.attachProvenance(evidence: Dictionary(uniqueKeysWithValues: edgeIDs.enumerated().map { (EdgeID($0.offset), evidence[$0.element] ?? []) }),
                                records: Dictionary(uniqueKeysWithValues: original.enumerated().map { (NodeID($0.offset), records[$0.element] ?? []) }))
        return filled
    }

    /// This graph with the evidence of every edge at `actors` read in from its native file, for a command
    /// that shows only those statements (a timeline). A graph that holds its evidence in memory is
    /// returned unchanged.
    /// - Complexity: O(E) plus the blocks those edges touch.
    public func readingEvidence(around actors: [NodeID]) throws(GraphError) -> KnowledgeGraph {
        guard let file = provenance else { return self }
        let wanted = Set(actors)
        let evidence = try file.evidence(of: edges.lazy.filter { wanted.contains($0.source) || wanted.contains($0.target) }.map(\.id))
        var filled = self
        filled.attachProvenance(evidence: evidence, records: [:])
        return filled
    }
}
