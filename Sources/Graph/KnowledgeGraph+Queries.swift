import Extraction

extension KnowledgeGraph {
    /// Every node within `depth` hops of `center`, with its hop distance (the center itself at 0).
    /// - Complexity: O(V + E).
    public func neighborhood(of center: NodeID, depth: Int, directed: Bool = false) -> [NodeID: Int] {
        guard nodes.indices.contains(center.index) else { return [:] }
        let distance = distances(from: center, forward: true, directed: directed, maxDepth: max(0, depth))
        var result: [NodeID: Int] = [:]
        for (index, hops) in distance.enumerated() {
            if let hops { result[NodeID(index)] = hops }
        }
        return result
    }

    /// The ego network of `center`: nodes within `depth` hops and every edge among them.
    /// - Complexity: O(V + E).
    public func egoGraph(of center: NodeID, depth: Int, directed: Bool = false) -> KnowledgeGraph {
        subgraph(Set(neighborhood(of: center, depth: depth, directed: directed).keys))
    }

    /// Node and edge counts, counts by type, components and the `top` best-connected actors.
    /// - Complexity: O(V log V + E).
    public func stats(top: Int = 10) -> GraphStats {
        var byType: [EntityType: Int] = [:]
        for node in nodes { byType[node.type, default: 0] += 1 }
        let out = outgoing, into = incoming
        let ranked = nodes
            .map { GraphStats.RankedActor(name: $0.name, type: $0.type, degree: out.degree(of: $0.id) + into.degree(of: $0.id)) }
            .sorted { ($1.degree, $0.name) < ($0.degree, $1.name) }
        return GraphStats(nodeCount: nodes.count, edgeCount: edges.count,
                          statementCount: edges.reduce(0) { $0 + $1.count },
                          componentCount: componentCount(), nodesByType: byType,
                          topActors: Array(ranked.prefix(max(0, top))))
    }

    /// Weakly connected components, counted with union–find.
    /// - Complexity: O((V + E) α(V)).
    public func componentCount() -> Int {
        componentRoots().enumerated().filter { $0.offset == $0.element }.count
    }

    /// For each node, the smallest node id in its weakly connected component (union–find, edge direction ignored).
    /// - Complexity: O((V + E) α(V)).
    func componentRoots() -> [Int] {
        Self.componentRoots(nodeCount: nodes.count, edgeCount: edges.count) { (edges[$0].source.index, edges[$0].target.index) }
    }

    /// `componentRoots()` for `nodeCount` nodes and the edges `ends` gives by index, wherever they are stored.
    /// - Complexity: O((V + E) α(V)).
    static func componentRoots(nodeCount: Int, edgeCount: Int, ends: (Int) -> (Int, Int)) -> [Int] {
        var parent = Array(0..<nodeCount)
        func root(_ node: Int) -> Int {
            var current = node
            while parent[current] != current {
                parent[current] = parent[parent[current]]
                current = parent[current]
            }
            return current
        }
        for edge in 0..<edgeCount {
            let (source, target) = ends(edge)
            let a = root(source), b = root(target)
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        return (0..<nodeCount).map(root)
    }
}
