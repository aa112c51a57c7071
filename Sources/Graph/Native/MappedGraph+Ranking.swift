extension MappedGraph {
    /// The stable key of `node` (the first string of its record).
    public func nodeKey(_ node: NodeID) -> String {
        var cursor = ByteCursor(nodeSection, path: file.path, what: "nodes section")
        cursor.offset = nodeStarts[node.index]
        // Walked once already when the view was made: cannot fail.
        return (try? cursor.index(below: strings.count)).map { strings[$0] } ?? ""
    }

    /// As `KnowledgeGraph.rankByDegree`, from the CSR offsets in place.
    /// - Complexity: O(V log V).
    public func rankByDegree() -> [KnowledgeGraph.Ranked] {
        KnowledgeGraph.ranked((0..<nodeCount).map { Double(degree($0)) })
    }

    /// As `KnowledgeGraph.rankByPageRank`, bit for bit: the same sums over the stored incoming list.
    /// - Complexity: O(iterations · (V + E)) plus O(V log V).
    public func rankByPageRank() -> [KnowledgeGraph.Ranked] {
        KnowledgeGraph.ranked(KnowledgeGraph.pageRank(nodeCount: nodeCount, edgeCount: edgeCount, into: into, settings: PageRankSettings(),
                                                      source: { Int(sources[$0]) }, count: { edgeStatements(EdgeID($0)) }))
    }

    /// As `KnowledgeGraph.components`, by union–find over the source and target columns.
    /// - Complexity: O((V + E) α(V) + V log V).
    public func components() -> [[NodeID]] {
        KnowledgeGraph.components(roots: componentRoots())
    }
}
