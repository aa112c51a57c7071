extension KnowledgeGraph {
    /// The most search steps `simplePaths` takes before returning what it has, so a dense graph with a
    /// generous hop limit answers promptly instead of enumerating an exponential number of walks.
    public static let simplePathStepBudget = 2_000_000

    /// Up to `k` simple paths (no actor visited twice) from `source` to `target` with at most `maxHops`
    /// hops, shortest first; equally long ones in order of their node ids. Parallel edges count once
    /// (each hop takes the strongest allowed edge).
    ///
    /// Iterative deepening over path length, pruned by each node's hop distance to the target, so no
    /// branch is entered that cannot reach the target in the hops left.
    /// - Complexity: O(V + E) for the distances, then output-sensitive up to `simplePathStepBudget` steps.
    public func simplePaths(from source: NodeID, to target: NodeID, k: Int, maxHops: Int, directed: Bool = false,
                            filter: PathFilter = .none) -> [GraphPath] {
        guard nodes.indices.contains(source.index), nodes.indices.contains(target.index), k > 0, maxHops >= 0 else { return [] }
        if source == target { return [GraphPath(hops: [])] }
        let gate = PathGate(filter, graph: self, endpoints: [source, target])
        let toTarget = distances(from: target, forward: false, directed: directed, maxDepth: maxHops, gate: gate)
        guard let shortest = toTarget[source.index], shortest <= maxHops else { return [] }
        var search = SimplePathSearch(target: target, toTarget: toTarget, limit: k, budget: Self.simplePathStepBudget)
        var onPath = Set([source])
        for length in shortest...maxHops {
            var hops: [GraphPath.Hop] = []
            search.walk(self, at: source, remaining: length, directed: directed, gate: gate, onPath: &onPath, hops: &hops)
            if search.results.count >= k || search.budget <= 0 { break }
        }
        return search.results
    }
}

/// The state of one `simplePaths` enumeration.
private struct SimplePathSearch {
    let target: NodeID
    let toTarget: [Int?]
    let limit: Int
    var budget: Int
    var results: [GraphPath] = []

    init(target: NodeID, toTarget: [Int?], limit: Int, budget: Int) {
        self.target = target
        self.toTarget = toTarget
        self.limit = limit
        self.budget = budget
    }

    /// Extends `hops` by exactly `remaining` more hops ending at the target.
    mutating func walk(_ graph: KnowledgeGraph, at node: NodeID, remaining: Int, directed: Bool, gate: PathGate,
                       onPath: inout Set<NodeID>, hops: inout [GraphPath.Hop]) {
        if node == target {
            if remaining == 0 { results.append(GraphPath(hops: hops)) }
            return
        }
        for step in graph.steps(from: node, forward: true, directed: directed, gate: gate) {
            guard results.count < limit, budget > 0 else { return }
            budget -= 1
            guard !onPath.contains(step.neighbor), let distance = toTarget[step.neighbor.index], distance <= remaining - 1 else { continue }
            // The target may only end the path, never be passed through early.
            if step.neighbor == target, remaining != 1 { continue }
            onPath.insert(step.neighbor)
            hops.append(GraphPath.Hop(from: node, to: step.neighbor, edge: step.edge, forward: step.forward))
            walk(graph, at: step.neighbor, remaining: remaining - 1, directed: directed, gate: gate, onPath: &onPath, hops: &hops)
            hops.removeLast()
            onPath.remove(step.neighbor)
        }
    }
}
