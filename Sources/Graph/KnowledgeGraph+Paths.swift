extension KnowledgeGraph {
    /// The most paths `allShortestPaths` returns unless told otherwise.
    public static let defaultPathLimit = 100

    /// Every shortest path from `source` to `target` (as distinct node sequences) using only what
    /// `filter` allows, at most `limit` of them.
    ///
    /// Distances are measured from both ends, so the enumeration only walks nodes that lie on
    /// some shortest path and never explores a dead end.
    /// - Complexity: O(V + E + limit · length · degree).
    public func allShortestPaths(from source: NodeID, to target: NodeID, directed: Bool = false,
                                 maxHops: Int? = nil, limit: Int = KnowledgeGraph.defaultPathLimit,
                                 filter: PathFilter = .none) -> [GraphPath] {
        guard nodes.indices.contains(source.index), nodes.indices.contains(target.index), limit > 0 else { return [] }
        if source == target { return [GraphPath(hops: [])] }
        let gate = PathGate(filter, graph: self, endpoints: [source, target])
        let hopLimit = maxHops ?? Int.max
        let fromSource = distances(from: source, forward: true, directed: directed, maxDepth: hopLimit, until: target, gate: gate)
        guard let length = fromSource[target.index], length <= hopLimit else { return [] }
        let toTarget = distances(from: target, forward: false, directed: directed, maxDepth: length, gate: gate)
        var results: [GraphPath] = []
        var hops: [GraphPath.Hop] = []
        enumeratePaths(at: source, target: target, remaining: length, toTarget: toTarget,
                       directed: directed, gate: gate, hops: &hops, results: &results, limit: limit)
        return results
    }

    /// The shortest hop count from `start` to every node reached within `maxDepth`, by node index.
    /// `forward` false walks edges backwards (distances *to* `start`); the search ends early once
    /// `until` is reached, since nothing farther can lie on a shortest path to it.
    /// - Complexity: O(V + E).
    func distances(from start: NodeID, forward: Bool, directed: Bool, maxDepth: Int, until goal: NodeID? = nil,
                   gate: PathGate? = nil) -> [Int?] {
        var distance = [Int?](repeating: nil, count: nodes.count)
        distance[start.index] = 0
        var frontier = [start]
        var depth = 0
        while !frontier.isEmpty, depth < maxDepth {
            depth += 1
            var next: [NodeID] = []
            for node in frontier {
                for (neighbor, _, _) in steps(from: node, forward: forward, directed: directed, gate: gate)
                where distance[neighbor.index] == nil {
                    distance[neighbor.index] = depth
                    next.append(neighbor)
                }
            }
            frontier = next
            if let goal, distance[goal.index] != nil { break }
        }
        return distance
    }

    /// The neighbours reachable in one hop: along edges (`forward`) or against them, or both when undirected.
    /// Each neighbour appears once, with the strongest joining edge, in node id order; `gate` drops
    /// edges and nodes a filter excludes.
    func steps(from node: NodeID, forward: Bool, directed: Bool, gate: PathGate? = nil) -> [(neighbor: NodeID, edge: EdgeID, forward: Bool)] {
        var best: [(neighbor: NodeID, edge: EdgeID, forward: Bool)] = []
        var position: [NodeID: Int] = [:]
        func consider(_ list: Adjacency, isForward: Bool) {
            for slot in list.range(of: node) {
                if let gate, !gate.allows(edge: list.edges[slot]) || !gate.allows(node: list.neighbors[slot]) { continue }
                let candidate = (neighbor: list.neighbors[slot], edge: list.edges[slot], forward: isForward)
                if let index = position[candidate.neighbor] {
                    if stronger(candidate.edge, than: best[index].edge) { best[index] = candidate }
                } else {
                    position[candidate.neighbor] = best.count
                    best.append(candidate)
                }
            }
        }
        if forward || !directed { consider(outgoing, isForward: true) }
        if !forward || !directed { consider(incoming, isForward: false) }
        return best.sorted { $0.neighbor < $1.neighbor }
    }

    /// Higher count wins, then the older edge, so hop choice never depends on insertion luck.
    private func stronger(_ lhs: EdgeID, than rhs: EdgeID) -> Bool {
        (-edges[lhs.index].count, lhs) < (-edges[rhs.index].count, rhs)
    }

    private func enumeratePaths(at node: NodeID, target: NodeID, remaining: Int, toTarget: [Int?], directed: Bool,
                                gate: PathGate, hops: inout [GraphPath.Hop], results: inout [GraphPath], limit: Int) {
        if node == target {
            results.append(GraphPath(hops: hops))
            return
        }
        for step in steps(from: node, forward: true, directed: directed, gate: gate) where toTarget[step.neighbor.index] == remaining - 1 {
            hops.append(GraphPath.Hop(from: node, to: step.neighbor, edge: step.edge, forward: step.forward))
            enumeratePaths(at: step.neighbor, target: target, remaining: remaining - 1, toTarget: toTarget,
                           directed: directed, gate: gate, hops: &hops, results: &results, limit: limit)
            hops.removeLast()
            if results.count >= limit { return }
        }
    }
}
