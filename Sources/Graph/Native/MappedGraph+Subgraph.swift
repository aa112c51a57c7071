extension MappedGraph {
    /// What `KnowledgeGraph.egoGraph(of:depth:)` gives on the whole graph loaded (edge direction
    /// ignored), built from the file for the actors within `depth` hops alone.
    /// - Complexity: as `subgraph`, plus the search.
    public func egoGraph(of center: NodeID, depth: Int) throws(GraphError) -> KnowledgeGraph {
        try subgraph(Set(reached(from: center, depth: depth, directed: false).keys))
    }

    /// What `KnowledgeGraph.connectedTop(count)` gives on the whole graph loaded: the same pair CSR
    /// (merged from the stored lists), ranking and walk, then only the chosen actors are built.
    /// - Complexity: O(V log V + E + count · V) plus `subgraph` of the chosen.
    public func connectedTop(_ count: Int) throws(GraphError) -> KnowledgeGraph {
        let adjacency = WeightedAdjacency(out: out, into: into) { edgeStatements($0) }
        // Ties are broken by name: each is decoded once, not once per comparison.
        let names = (0..<nodeCount).map { nodeName(NodeID($0)) }
        let ranking = KnowledgeGraph.rankByPairDegree(adjacency) { names[$0] }
        return try subgraph(KnowledgeGraph.connectedSet(count, adjacency: adjacency, ranking: ranking, roots: componentRoots()))
    }

    /// What `KnowledgeGraph.subgraph(keep)` gives on the whole graph loaded, built from the file for
    /// `keep` alone: only those actors' records are decoded and only the evidence blocks of the edges
    /// among them inflated, so a small part of a big file costs little more than the part.
    /// - Complexity: O(K log K + Σ out-degree of `keep` + the documents table) plus the blocks touched.
    public func subgraph(_ keep: Set<NodeID>) throws(GraphError) -> KnowledgeGraph {
        let kept = keep.filter { $0.index >= 0 && $0.index < nodeCount }.sorted()
        var edgeIDs: [EdgeID] = []
        for node in kept {
            for slot in Int(out.offsets[node.index])..<Int(out.offsets[node.index + 1]) where keep.contains(out.neighbors[slot]) {
                edgeIDs.append(out.edges[slot])
            }
        }
        // The whole graph's view walks its edges in id order: so does this one.
        edgeIDs.sort()
        let records = try file.records(of: kept), evidence = try file.evidence(of: edgeIDs)
        var graph = KnowledgeGraph()
        graph.documents = try documents()
        var mapping: [NodeID: NodeID] = [:]
        var cursor = ByteCursor(nodeSection, path: file.path, what: "nodes section")
        for node in kept {
            cursor.offset = nodeStarts[node.index]
            var decoded = try NativeGraph.node(&cursor, id: node, strings: strings.count) { strings[$0] }
            decoded.records = records[node] ?? []
            mapping[node] = graph.appendVerbatim(decoded)
        }
        for edge in edgeIDs {
            guard let source = mapping[NodeID(rawValue: sources[edge.index])], let target = mapping[NodeID(rawValue: targets[edge.index])] else { continue }
            graph.addEdge(from: source, to: target, relation: edgeRelation(edge), evidence: evidence[edge] ?? [],
                          count: edgeStatements(edge), negated: edgeNegated(edge))
        }
        return graph
    }

    /// The documents table (path → content hash).
    private func documents() throws(GraphError) -> [String: String] {
        let range = file.sections[.documents] ?? 0..<0
        var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: bytes[range]), path: file.path, what: "documents section")
        return try NativeGraph.documents(&cursor, strings: strings.count) { strings[$0] }
    }
}
