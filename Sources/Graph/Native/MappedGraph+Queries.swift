import Extraction

extension NativeGraph {
    /// Runs `body` on the file's structure read in place (see `MappedGraph`); nil on a big-endian
    /// host, where the little-endian columns cannot be used as they lie (load the graph instead).
    /// - Complexity: O(V + E) sequential reads to check the ids, plus what `body` does.
    public func withMapped<T>(_ body: (MappedGraph) throws -> T) throws -> T? {
        #if _endian(little)
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) throws -> T in
            // Sections are aligned within the file; bytes that do not start on 8 (a slice of a larger
            // buffer) are copied once into an array, which does.
            guard let base = raw.baseAddress, Int(bitPattern: base) % 8 != 0 else { return try body(try MappedGraph(self, bytes: raw)) }
            return try Array(raw).withUnsafeBytes { (aligned: UnsafeRawBufferPointer) throws -> T in
                try body(try MappedGraph(self, bytes: aligned))
            }
        }
        #else
        return nil
        #endif
    }
}

extension MappedGraph: GraphReading {
    public func nodeName(_ node: NodeID) -> String { strings[Int(names[node.index])] }
    public func nodeType(_ node: NodeID) -> EntityType { types[node.index] }
    /// The relation of `edge`.
    public func edgeRelation(_ edge: EdgeID) -> String { strings[Int(relations[edge.index])] }
    /// How many statements `edge` stands for.
    public func edgeStatements(_ edge: EdgeID) -> Int {
        Int(Int64(littleEndian: counts.loadUnaligned(fromByteOffset: edge.index * 8, as: Int64.self)))
    }
    /// Whether `edge` was always stated negated.
    public func edgeNegated(_ edge: EdgeID) -> Bool { negated[edge.index] != 0 }

    /// The statements behind `edge`: its evidence block is inflated, nothing else.
    public func evidence(of edge: EdgeID) throws(GraphError) -> [Evidence] {
        try file.evidence(of: [edge])[edge] ?? []
    }

    func reached(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int] {
        guard center.index >= 0, center.index < nodeCount else { return [:] }
        var reached: [NodeID: Int] = [center: 0]
        var frontier = [center], level = 0
        while !frontier.isEmpty, level < depth {
            level += 1
            var next: [NodeID] = []
            for node in frontier {
                for list in directed ? [out] : [out, into] {
                    for slot in Int(list.offsets[node.index])..<Int(list.offsets[node.index + 1]) where reached[list.neighbors[slot]] == nil {
                        reached[list.neighbors[slot]] = level
                        next.append(list.neighbors[slot])
                    }
                }
            }
            frontier = next
        }
        return reached
    }

    func adjacent(_ node: NodeID, outgoing: Bool) -> [(neighbor: NodeID, edge: EdgeID)] {
        let list = outgoing ? out : into
        return (Int(list.offsets[node.index])..<Int(list.offsets[node.index + 1])).map { (list.neighbors[$0], list.edges[$0]) }
    }
}

extension MappedGraph {
    /// The actor `name` names when that is plain to see from the names section: exactly one node
    /// of that name (ignoring case), or none of that name and exactly one with that alias. Nil
    /// otherwise (unknown, ambiguous, a "Name (type, from doc)" choice, or a file without the
    /// section): the caller then loads the graph, whose `resolve` words the error or makes the choice.
    /// - Complexity: O(log N) plus the few names compared.
    public func plainNode(named name: String) -> NodeID? {
        guard let nameIndex else { return nil }
        let key = name.trimmingSpaces.lowercased()
        let entries = NameIndex.entries(NameIndex.hash(key), in: nameIndex).filter { $0.node < nodeCount }
        let named = entries.filter { $0.kind == .name && nodeName(NodeID($0.node)).lowercased() == key }.map(\.node)
        guard named.isEmpty else { return named.count == 1 ? NodeID(named[0]) : nil }
        let aliased = Set(entries.filter { entry in
            entry.kind == .alias && aliases(of: NodeID(entry.node)).contains { $0.lowercased() == key }
        }.map(\.node))
        return aliased.count == 1 ? aliased.first.map(NodeID.init) : nil
    }

    /// The same summary `KnowledgeGraph.stats(top:)` gives, from the columns: degrees are CSR
    /// offset differences, and only the names that can reach the top list are decoded.
    /// - Complexity: O(V + E α(V)) plus O(C log C) for the C nodes tied at the cut.
    public func stats(top: Int = 10) -> GraphStats {
        var byType: [EntityType: Int] = [:]
        for type in types { byType[type, default: 0] += 1 }
        var statements = 0
        for edge in 0..<edgeCount { statements += edgeStatements(EdgeID(edge)) }
        let degrees = (0..<nodeCount).map(degree)
        var ranked: [GraphStats.RankedActor] = []
        let wanted = min(max(0, top), nodeCount)
        if wanted > 0 {
            // The wanted-th highest degree is the cut: no node below it can be listed.
            let cut = degrees.sorted(by: >)[wanted - 1]
            ranked = degrees.indices.filter { degrees[$0] >= cut }
                .map { GraphStats.RankedActor(name: nodeName(NodeID($0)), type: types[$0], degree: degrees[$0]) }
                .sorted { ($1.degree, $0.name) < ($0.degree, $1.name) }
        }
        return GraphStats(nodeCount: nodeCount, edgeCount: edgeCount, statementCount: statements,
                          componentCount: componentCount(), nodesByType: byType, topActors: Array(ranked.prefix(wanted)))
    }

    /// Weakly connected components, by union–find over the source and target columns.
    /// - Complexity: O((V + E) α(V)).
    public func componentCount() -> Int {
        componentRoots().enumerated().filter { $0.offset == $0.element }.count
    }

    /// `KnowledgeGraph.componentRoots()` over the stored source and target columns.
    /// - Complexity: O((V + E) α(V)).
    func componentRoots() -> [Int] {
        KnowledgeGraph.componentRoots(nodeCount: nodeCount, edgeCount: edgeCount) { (Int(sources[$0]), Int(targets[$0])) }
    }

    /// Distinct incoming plus outgoing edges of node index `node`, from the CSR offsets.
    func degree(_ node: Int) -> Int {
        Int(out.offsets[node + 1]) - Int(out.offsets[node]) + Int(into.offsets[node + 1]) - Int(into.offsets[node])
    }

    /// Every node within `depth` hops of `center` with its distance, as `KnowledgeGraph.neighborhood` gives.
    /// - Complexity: O(what the search reaches).
    public func neighborhood(of center: NodeID, depth: Int, directed: Bool = false) -> [NodeID: Int] {
        reached(from: center, depth: max(0, depth), directed: directed)
    }

    /// One shortest path, the very one `KnowledgeGraph.shortestPath` finds without a filter: the same
    /// bidirectional search over the stored lists, scanning outgoing before incoming as its merged
    /// list does, and the same strongest edge a hop.
    /// - Complexity: O(V) to set up the search state, then what the search explores.
    public func shortestPath(from source: NodeID, to target: NodeID, directed: Bool = false, maxHops: Int? = nil) -> GraphPath? {
        guard (0..<nodeCount).contains(source.index), (0..<nodeCount).contains(target.index) else { return nil }
        if source == target { return GraphPath(hops: []) }
        let scratch = SearchScratch(nodeCount: nodeCount)
        scratch.reset()
        var search = BidirectionalSearch(states: scratch.states, generation: scratch.generation, gate: PathGate(),
                                         directed: directed, out: out, into: into, both: nil, outFirst: !directed)
        guard let chain = search.run(from: source, to: target, hopLimit: maxHops ?? Int.max) else { return nil }
        var hops: [GraphPath.Hop] = []
        for (from, to) in zip(chain, chain.dropFirst()) {
            guard let hop = KnowledgeGraph.strongestHop(from: from, to: to, directed: directed, gate: PathGate(),
                                                        out: out, into: into, count: edgeStatements) else { return nil }
            hops.append(hop)
        }
        return GraphPath(hops: hops)
    }

    /// A path as lines: each hop, then its evidence indented by four spaces (as `KnowledgeGraph.describe`).
    public func describe(_ path: GraphPath) -> [String] { pathLines(path) }

    /// The neighbourhood of `center` as lines (as `KnowledgeGraph.describeNeighborhood`).
    public func describeNeighborhood(of center: NodeID, depth: Int, directed: Bool = false) -> [String] {
        neighborhoodLines(of: center, depth: depth, directed: directed)
    }
}
