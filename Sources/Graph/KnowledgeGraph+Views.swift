import Extraction

/// Smaller views of a graph for drawing: edge filters, type filters and the best-connected actors.
extension KnowledgeGraph {
    /// The graph with only the edges `keep` accepts, and only the nodes those edges touch plus
    /// `alsoKeep`; node and edge order is preserved (ids renumbered).
    /// - Complexity: O(V + E).
    public func filteringEdges(alsoKeep: Set<NodeID> = [], _ keep: (Edge) -> Bool) -> KnowledgeGraph {
        mappingEdges(alsoKeep: alsoKeep) { keep($0) ? $0 : nil }
    }

    /// The graph with each edge replaced by `transform(edge)` (ends unchanged) or dropped when it gives
    /// nil, and only the nodes the kept edges touch plus `alsoKeep`; order is preserved (ids renumbered).
    /// - Complexity: O(V + E) plus the transforms.
    public func mappingEdges(alsoKeep: Set<NodeID> = [], _ transform: (Edge) -> Edge?) -> KnowledgeGraph {
        var touched = alsoKeep
        var keptEdges: [Edge] = []
        for edge in edges {
            guard let kept = transform(edge) else { continue }
            keptEdges.append(kept)
            touched.insert(kept.source)
            touched.insert(kept.target)
        }
        return rebuilt(keepingNodes: touched, edges: keptEdges)
    }

    /// The subgraph of actors whose type is in `types`.
    /// - Complexity: O(V + E).
    public func filteringTypes(_ types: Set<EntityType>) -> KnowledgeGraph {
        subgraph(Set(nodes.filter { types.contains($0.type) }.map(\.id)))
    }

    /// The `count` actors with the most incident edges (ties broken by name, then id), and the
    /// edges among them.
    /// - Complexity: O(V log V + E).
    public func mostConnected(_ count: Int) -> KnowledgeGraph {
        guard count < nodes.count else { return self }
        let out = outgoing, into = incoming
        let ranked = nodes.map { (node: $0, degree: out.degree(of: $0.id) + into.degree(of: $0.id)) }
            .sorted { lhs, rhs in
                if lhs.degree != rhs.degree { return lhs.degree > rhs.degree }
                if lhs.node.name != rhs.node.name { return lhs.node.name < rhs.node.name }
                return lhs.node.id < rhs.node.id
            }
        return subgraph(Set(ranked.prefix(max(0, count)).map(\.node.id)))
    }

    /// The nodes of `path` plus up to `limit` of their direct neighbours (those joined by the
    /// most-stated edges first, then by name), as a node set for `subgraph`.
    /// - Complexity: O(V + E log E).
    public func pathNeighborhood(_ pathNodes: [NodeID], limit: Int) -> Set<NodeID> {
        let onPath = Set(pathNodes)
        var weight: [NodeID: Int] = [:]
        for edge in edges {
            let sourceOn = onPath.contains(edge.source), targetOn = onPath.contains(edge.target)
            if sourceOn, !targetOn { weight[edge.target, default: 0] += edge.count }
            if targetOn, !sourceOn { weight[edge.source, default: 0] += edge.count }
        }
        let neighbours = weight.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            let left = nodes[lhs.key.index].name, right = nodes[rhs.key.index].name
            return left != right ? left < right : lhs.key < rhs.key
        }
        return onPath.union(neighbours.prefix(max(0, limit)).map(\.key))
    }
}
