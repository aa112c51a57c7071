/// Picking the part of a big graph worth drawing: a connected set of the best-connected actors.
extension KnowledgeGraph {
    /// Nodes by pair degree (how many distinct actors they are joined to, either way), then by
    /// statements over those pairs, then by name and id; best first.
    /// - Complexity: O(E log E + V log V).
    public func rankByPairDegree() -> [NodeID] { Self.rankByPairDegree(pairAdjacency()) { nodes[$0].name } }

    /// `rankByPairDegree` over `adjacency`, whatever holds the graph; `name` gives node `n`'s name.
    static func rankByPairDegree(_ adjacency: WeightedAdjacency, name: (Int) -> String) -> [NodeID] {
        let count = adjacency.nodeCount
        let degree = (0..<count).map { adjacency.range(of: $0).count }
        let strength = (0..<count).map { adjacency.strength(of: $0) }
        return (0..<count).sorted { lhs, rhs in
            if degree[lhs] != degree[rhs] { return degree[lhs] > degree[rhs] }
            if strength[lhs] != strength[rhs] { return strength[lhs] > strength[rhs] }
            let left = name(lhs), right = name(rhs)
            if left != right { return left < right }
            return lhs < rhs
        }.map { NodeID($0) }
    }

    /// Up to `count` actors that form one connected set over pair edges, and the edges among
    /// them: starting from the best-ranked actor of the largest connected part (see
    /// `rankByPairDegree`), it repeatedly adds the best-ranked actor joined to those already
    /// chosen. So the view has no isolated actors and favours the hubs that hold the picture together.
    /// - Complexity: O(E log E + V log V + count · V).
    public func connectedTop(_ count: Int) -> KnowledgeGraph {
        let adjacency = pairAdjacency()
        let ranking = Self.rankByPairDegree(adjacency) { nodes[$0].name }
        return subgraph(Self.connectedSet(count, adjacency: adjacency, ranking: ranking, roots: componentRoots()))
    }

    /// The actors `connectedTop(count)` keeps, from the pair CSR, its ranking and the component roots.
    /// - Complexity: O(V + count · V).
    static func connectedSet(_ count: Int, adjacency: WeightedAdjacency, ranking: [NodeID], roots: [Int]) -> Set<NodeID> {
        guard let start = largestComponentLeader(ranking, roots: roots), count > 0 else { return [] }
        var position = [Int](repeating: 0, count: ranking.count)
        for (rank, node) in ranking.enumerated() { position[node.index] = rank }
        // The frontier as flags by rank position: the next pick is the first flagged position,
        // scanned from the lowest position not yet passed for good.
        var frontier = [Bool](repeating: false, count: ranking.count)
        var chosen = Set<NodeID>()
        var next: NodeID? = start
        while let node = next, chosen.count < count {
            chosen.insert(node)
            frontier[position[node.index]] = false
            for slot in adjacency.range(of: node.index) where !chosen.contains(adjacency.neighbors[slot]) {
                frontier[position[adjacency.neighbors[slot].index]] = true
            }
            next = frontier.firstIndex(of: true).map { ranking[$0] }
        }
        return chosen
    }

    /// The best-ranked node of the largest weakly connected part (ties: the part whose best node ranks higher).
    private static func largestComponentLeader(_ ranking: [NodeID], roots: [Int]) -> NodeID? {
        var sizes: [Int: Int] = [:]
        for root in roots { sizes[root, default: 0] += 1 }
        var best: NodeID?
        var bestSize = 0
        for node in ranking where sizes[roots[node.index], default: 0] > bestSize {
            best = node
            bestSize = sizes[roots[node.index], default: 0]
        }
        return best
    }

    /// The graph without pairs of actors stated together fewer than `minimum` times (all
    /// relations and both directions summed), and without actors left with no edge, except `alsoKeep`.
    /// - Complexity: O(V + E log E).
    public func filteringPairs(minimum: Int, alsoKeep: Set<NodeID> = []) -> KnowledgeGraph {
        var kept = Set<EdgeID>()
        for pair in pairEdges() where pair.count >= minimum { kept.formUnion(pair.edges) }
        return filteringEdges(alsoKeep: alsoKeep) { kept.contains($0.id) }
    }
}
