import Extraction

extension NativeGraph {
    /// What of a native file `graph(loading:)` reads.
    public enum Loading: Sendable {
        /// Everything: the graph equals the one written, and its JSON is byte-identical.
        case everything
        /// Nodes, edges, documents and adjacency; edges carry no evidence and nodes no records (but
        /// the records of one-document actors, which name their choices in ambiguity errors). For
        /// read-only queries: `evidence(of:)` reads what they show from the file.
        case structure
        /// The structure and every node's actor records, but no evidence (what an append re-resolves).
        case records
    }

    /// The graph the file holds, checked as a JSON graph is (ids, endpoints, duplicate edges), with its
    /// stored adjacency lists installed.
    /// - Complexity: O(V + E), plus the evidence text for `.everything`.
    public func graph(loading: Loading) throws(GraphError) -> KnowledgeGraph {
        if loading == .everything { try verifyAll() }
        let strings = try withSection(.strings) { (cursor: inout ByteCursor) throws(GraphError) in try StringInterner.decode(&cursor) }
        var nodes = try withSection(.nodes) { (cursor: inout ByteCursor) throws(GraphError) in try Self.nodes(&cursor, strings: strings) }
        let columns = try withSection(.edges) { (cursor: inout ByteCursor) throws(GraphError) in try EdgeColumns(&cursor, nodeCount: nodes.count) }
        let evidence = loading == .everything ? try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            try evidenceStore.all(edgeCount: columns.count, in: raw)
        } : nil
        if loading != .structure {
            let records = try all(recordBlocks, ProvenanceCoding.records)
            guard records.count == nodes.count else { throw problem("\(records.count) record lists for \(nodes.count) nodes") }
            for index in nodes.indices { nodes[index].records = records[index] }
        }
        guard evidence.map({ $0.count == columns.count }) ?? true else { throw problem("evidence for the wrong number of edges") }
        var edges: [KnowledgeGraph.Edge] = []
        edges.reserveCapacity(columns.count)
        for index in 0..<columns.count {
            let relation = Int(columns.relations[index])
            guard relation < strings.count else { throw problem("edge \(index) has relation string \(relation) of \(strings.count)") }
            edges.append(KnowledgeGraph.Edge(id: EdgeID(index), source: NodeID(rawValue: columns.sources[index]),
                                             target: NodeID(rawValue: columns.targets[index]), relation: strings[relation],
                                             count: Int(columns.counts[index]), evidence: evidence?[index] ?? [],
                                             negated: columns.negated[index] != 0))
        }
        var graph: KnowledgeGraph
        do {
            graph = try KnowledgeGraph(storedNodes: nodes, storedEdges: edges, relationKeys: columns.relations,
                                       indexEdges: loading == .everything)
        } catch {
            throw problem(error.reason)
        }
        graph.documents = try withSection(.documents) { (cursor: inout ByteCursor) throws(GraphError) in
            try Self.documents(&cursor, strings: strings.count) { strings[$0] }
        }
        let outgoing = try adjacency(.outgoing, edges: edges, nodeCount: nodes.count)
        let incoming = try adjacency(.incoming, edges: edges, nodeCount: nodes.count)
        graph.seedAdjacency(outgoing: outgoing, incoming: incoming)
        if loading == .records { graph.provenance = self }
        if loading == .structure {
            // Only one-document actors need their records to be told apart by name; fetching them is cheap.
            let single = nodes.indices.filter { nodes[$0].key.hasPrefix("doc:") }.map { NodeID($0) }
            graph.attachProvenance(evidence: [:], records: try records(of: single))
            graph.provenance = self
        }
        return graph
    }

    /// The graph's documents table (path → content hash), read without the rest of the structure.
    /// - Complexity: O(strings + documents).
    public func documents() throws(GraphError) -> [String: String] {
        let strings = try withSection(.strings) { (cursor: inout ByteCursor) throws(GraphError) in try StringInterner.decode(&cursor) }
        return try withSection(.documents) { (cursor: inout ByteCursor) throws(GraphError) in
            try Self.documents(&cursor, strings: strings.count) { strings[$0] }
        }
    }

    func problem(_ reason: String) -> GraphError { .corruptGraph(path: path, reason: reason) }

    private static func nodes(_ cursor: inout ByteCursor, strings: [String]) throws(GraphError) -> [KnowledgeGraph.Node] {
        let count = try cursor.index(below: Int(Int32.max))
        var nodes: [KnowledgeGraph.Node] = []
        nodes.reserveCapacity(min(count, cursor.bytes.count))
        for index in 0..<count { nodes.append(try node(&cursor, id: NodeID(index), strings: strings.count) { strings[$0] }) }
        guard cursor.isAtEnd else { throw cursor.problem("stray bytes after \(count) nodes") }
        return nodes
    }

    /// The node record at the cursor (key, name, type, aliases, attributes), without its actor records;
    /// `string` gives string `id` of the `strings` in the table, wherever the table is held.
    static func node(_ cursor: inout ByteCursor, id: NodeID, strings: Int,
                     _ string: (Int) -> String) throws(GraphError) -> KnowledgeGraph.Node {
        func next(_ cursor: inout ByteCursor) throws(GraphError) -> String { string(try cursor.index(below: strings)) }
        let key = try next(&cursor), name = try next(&cursor)
        let type = try ProvenanceCoding.entityType(try next(&cursor), cursor)
        var aliases: [String] = []
        for _ in 0..<(try cursor.index(below: cursor.bytes.count + 1)) { aliases.append(try next(&cursor)) }
        let attributes = try ProvenanceCoding.attributes(&cursor, next)
        return KnowledgeGraph.Node(id: id, key: key, name: name, type: type, aliases: aliases, attributes: attributes, records: [])
    }

    /// The documents section: path → content hash; `string` as for `node`.
    static func documents(_ cursor: inout ByteCursor, strings: Int, _ string: (Int) -> String) throws(GraphError) -> [String: String] {
        let count = try cursor.index(below: strings + 1)
        var documents: [String: String] = [:]
        for _ in 0..<count {
            let path = string(try cursor.index(below: strings))
            documents[path] = string(try cursor.index(below: strings))
        }
        return documents
    }

    /// A stored CSR list, checked against the edges it indexes so a crafted file cannot send a search astray.
    /// - Complexity: O(V + E).
    private func adjacency(_ kind: NativeFormat.Section, edges: [KnowledgeGraph.Edge], nodeCount: Int) throws(GraphError) -> Adjacency {
        let lists = try withSection(kind) { (cursor: inout ByteCursor) throws(GraphError) in
            (try cursor.column(Int32.self, count: nodeCount + 1), try cursor.column(Int32.self, count: edges.count),
             try cursor.column(Int32.self, count: edges.count))
        }
        let (offsets, edgeIDs, neighbors) = lists
        guard offsets.first == 0, offsets.last == Int32(edges.count) else { throw problem("the \(kind) lists do not cover the edges") }
        let outgoing = kind == .outgoing
        for node in 0..<nodeCount {
            guard offsets[node] <= offsets[node + 1] else { throw problem("the \(kind) lists are out of order at node \(node)") }
            for slot in Int(offsets[node])..<Int(offsets[node + 1]) {
                let edge = Int(edgeIDs[slot])
                guard edge >= 0, edge < edges.count,
                      (outgoing ? edges[edge].source : edges[edge].target).index == node,
                      (outgoing ? edges[edge].target : edges[edge].source).rawValue == neighbors[slot] else {
                    throw problem("the \(kind) lists disagree with edge \(edge)")
                }
            }
        }
        return Adjacency(offsets: offsets, edges: edgeIDs.map { EdgeID(rawValue: $0) }, neighbors: neighbors.map { NodeID(rawValue: $0) })
    }
}
