extension KnowledgeGraph {
    /// An actor and its score under some ranking.
    public struct Ranked: Sendable, Equatable {
        public var node: NodeID
        public var score: Double
    }

    /// Nodes by degree (distinct incoming + outgoing edges), highest first, ties by node id.
    /// - Complexity: O(V log V + E).
    public func rankByDegree() -> [Ranked] {
        let out = outgoing, into = incoming
        return nodes.indices
            .map { Ranked(node: NodeID($0), score: Double(out.degree(of: NodeID($0)) + into.degree(of: NodeID($0)))) }
            .sorted { ($1.score, $0.node) < ($0.score, $1.node) }
    }

    /// PageRank over the directed edges, each weighted by its count; dangling nodes spread their
    /// rank evenly. Iterates until the L1 change falls below `tolerance` or `maxIterations` is reached.
    /// Returns one score per node (summing to 1), by node index.
    /// - Complexity: O(iterations · (V + E)).
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 200) -> [Double] {
        let count = nodes.count
        guard count > 0 else { return [] }
        let into = incoming
        var outWeight = [Double](repeating: 0, count: count)
        for edge in edges { outWeight[edge.source.index] += Double(edge.count) }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = rank
        for _ in 0..<max(1, maxIterations) {
            var dangling = 0.0
            for node in 0..<count where outWeight[node] == 0 { dangling += rank[node] }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            var change = 0.0
            for node in 0..<count {
                var sum = 0.0
                for slot in into.range(of: NodeID(node)) {
                    let edge = edges[into.edges[slot].index]
                    sum += rank[edge.source.index] * Double(edge.count) / outWeight[edge.source.index]
                }
                next[node] = base + damping * sum
                change += abs(next[node] - rank[node])
            }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }

    /// Nodes by PageRank, highest first, ties by node id.
    /// - Complexity: as `pageRank`, plus O(V log V).
    public func rankByPageRank() -> [Ranked] {
        pageRank().enumerated().map { Ranked(node: NodeID($0.offset), score: $0.element) }
            .sorted { ($1.score, $0.node) < ($0.score, $1.node) }
    }

    /// Weakly connected components (edge direction ignored), largest first, ties by smallest node id;
    /// each component's nodes in id order.
    /// - Complexity: O((V + E) α(V) + V log V).
    public func components() -> [[NodeID]] {
        let roots = componentRoots()
        var groups: [Int: [NodeID]] = [:]
        for node in nodes.indices { groups[roots[node], default: []].append(NodeID(node)) }
        return groups.values.sorted { ($1.count, $0[0]) < ($0.count, $1[0]) }
    }
}
