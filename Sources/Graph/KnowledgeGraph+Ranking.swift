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
        return Self.ranked((0..<nodes.count).map { Double(out.degree(of: NodeID($0)) + into.degree(of: NodeID($0))) })
    }

    /// PageRank over the directed edges, each weighted by its count; dangling nodes spread their
    /// rank evenly. Iterates until the L1 change falls below `tolerance` or `maxIterations` is reached.
    /// Returns one score per node (summing to 1), by node index.
    /// - Complexity: O(iterations · (V + E)).
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 200) -> [Double] {
        let settings = PageRankSettings(damping: damping, tolerance: tolerance, maxIterations: maxIterations)
        return incoming.withBuffers { offsets, neighbors, ids in
            Self.pageRank(nodeCount: nodes.count, edgeCount: edges.count, into: CSRView(offsets: offsets, neighbors: neighbors, edges: ids),
                          settings: settings, source: { edges[$0].source.index }, count: { edges[$0].count })
        }
    }

    /// Nodes by PageRank, highest first, ties by node id.
    /// - Complexity: as `pageRank`, plus O(V log V).
    public func rankByPageRank() -> [Ranked] { Self.ranked(pageRank()) }

    /// Weakly connected components (edge direction ignored), largest first, ties by smallest node id;
    /// each component's nodes in id order.
    /// - Complexity: O((V + E) α(V) + V log V).
    public func components() -> [[NodeID]] { Self.components(roots: componentRoots()) }
}

/// The knobs of `KnowledgeGraph.pageRank`, gathered so the in-memory and in-place graphs share one loop.
struct PageRankSettings {
    var damping = 0.85, tolerance = 1e-10, maxIterations = 200
}

extension KnowledgeGraph {
    /// Node ids by `scores` (one per node), highest first, ties by node id.
    /// - Complexity: O(V log V).
    static func ranked(_ scores: [Double]) -> [Ranked] {
        scores.enumerated().map { Ranked(node: NodeID($0.offset), score: $0.element) }
            .sorted { ($1.score, $0.node) < ($0.score, $1.node) }
    }

    /// PageRank wherever the graph is stored: `into` is the incoming CSR list, `source` and `count` read
    /// an edge's source and statement count by edge index. Sums run in the same order for every store,
    /// so a graph in memory and the same graph read in place from its file score bit for bit alike.
    /// - Complexity: O(iterations · (V + E)).
    static func pageRank(nodeCount count: Int, edgeCount: Int, into: CSRView, settings: PageRankSettings,
                         source: (Int) -> Int, count weight: (Int) -> Int) -> [Double] {
        guard count > 0 else { return [] }
        let damping = settings.damping
        var outWeight = [Double](repeating: 0, count: count)
        for edge in 0..<edgeCount { outWeight[source(edge)] += Double(weight(edge)) }
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = rank
        for _ in 0..<max(1, settings.maxIterations) {
            var dangling = 0.0
            for node in 0..<count where outWeight[node] == 0 { dangling += rank[node] }
            let base = (1 - damping) / Double(count) + damping * dangling / Double(count)
            var change = 0.0
            for node in 0..<count {
                var sum = 0.0
                for slot in Int(into.offsets[node])..<Int(into.offsets[node + 1]) {
                    let edge = into.edges[slot].index, from = source(edge)
                    sum += rank[from] * Double(weight(edge)) / outWeight[from]
                }
                next[node] = base + damping * sum
                change += abs(next[node] - rank[node])
            }
            swap(&rank, &next)
            if change < settings.tolerance { break }
        }
        return rank
    }

    /// Components from `componentRoots` output: largest first, ties by smallest node id, nodes in id order.
    /// - Complexity: O(V log V).
    static func components(roots: [Int]) -> [[NodeID]] {
        var groups: [Int: [NodeID]] = [:]
        for node in roots.indices { groups[roots[node], default: []].append(NodeID(node)) }
        return groups.values.sorted { ($1.count, $0[0]) < ($0.count, $1[0]) }
    }
}
