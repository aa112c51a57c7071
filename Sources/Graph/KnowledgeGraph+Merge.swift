import Extraction
extension KnowledgeGraph {
    /// Adds every node and edge of `other`: each actor record joins the node with its identity key,
    /// equal (subject, relation, object) edges add their counts and evidence, and the document table
    /// is united. Call `canonicalized()` afterwards for the order-independent form.
    /// - Complexity: O(V' + E') for `other`'s nodes and edges, plus their records.
    public mutating func merge(_ other: KnowledgeGraph) {
        // Where each of `other`'s nodes went, per document of its records (its first record's node otherwise).
        var placed: [(first: NodeID, byDocument: [String: NodeID])] = []
        placed.reserveCapacity(other.nodes.count)
        for node in other.nodes {
            var byDocument: [String: NodeID] = [:]
            var first: NodeID?
            for record in node.records {
                let id = addNode(record)
                if first == nil { first = id }
                if byDocument[record.document] == nil { byDocument[record.document] = id }
            }
            placed.append((first ?? addNode(name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes), byDocument))
        }
        func place(_ id: NodeID, _ document: String?) -> NodeID {
            let entry = placed[id.index]
            return document.flatMap { entry.byDocument[$0] } ?? entry.first
        }
        for edge in other.edges {
            var groups: [(source: NodeID, target: NodeID, evidence: [Evidence])] = []
            for evidence in edge.evidence {
                let source = place(edge.source, evidence.document), target = place(edge.target, evidence.document)
                if let index = groups.firstIndex(where: { $0.source == source && $0.target == target }) {
                    groups[index].evidence.append(evidence)
                } else {
                    groups.append((source, target, [evidence]))
                }
            }
            if groups.isEmpty { groups.append((place(edge.source, nil), place(edge.target, nil), [])) }
            // Statements counted beyond their evidence stay with the first group.
            let extra = max(0, edge.count - edge.evidence.count)
            for (offset, group) in groups.enumerated() {
                addEdge(from: group.source, to: group.target, relation: edge.relation, evidence: group.evidence,
                        count: group.evidence.count + (offset == 0 ? extra : 0), negated: edge.negated)
            }
        }
        for (document, hash) in other.documents where documents[document] == nil || !hash.isEmpty {
            documents[document] = hash
        }
    }

    /// The union of this graph and `other`; see `merge(_:)`.
    public func merging(_ other: KnowledgeGraph) -> KnowledgeGraph {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// The node for `name`, or `GraphError.unknownActor` listing the closest known actors.
    public func resolve(_ name: String) throws(GraphError) -> NodeID {
        let query = name.trimmingSpaces
        if let id = node(named: query) { return id }
        // "Campbell (person, from sport/028.txt)": one of the choices an ambiguity error lists, as written.
        if query.hasSuffix(")"), let open = query.lastIndex(of: "(") {
            let base = String(query[..<open]).trimmingSpaces
            if let chosen = nodes(named: base).first(where: { describeForChoice($0) == query }) { return chosen }
        }
        let candidates = nodes(named: query)
        if candidates.count > 1 {
            var shown = candidates.prefix(6).map { describeForChoice($0) }
            if candidates.count > shown.count { shown.append("and \(candidates.count - shown.count) more") }
            throw GraphError.ambiguousActor(name: name, count: candidates.count, candidates: shown)
        }
        throw GraphError.unknownActor(name: name, suggestions: suggestions(for: name))
    }

    /// The subgraph induced by `keep`: those nodes (renumbered in id order) and the edges between them.
    /// - Complexity: O(V + E).
    public func subgraph(_ keep: Set<NodeID>) -> KnowledgeGraph {
        rebuilt(keepingNodes: keep, edges: edges)
    }

    /// A new graph of the nodes in `keep` (in id order, renumbered) and those of `candidates` whose ends
    /// both survive; the one place that views copy nodes and edges into a fresh graph.
    /// - Complexity: O(V + E).
    func rebuilt(keepingNodes keep: Set<NodeID>, edges candidates: some Sequence<Edge>) -> KnowledgeGraph {
        var result = KnowledgeGraph()
        result.identity = identity
        result.documents = documents
        var mapping: [NodeID: NodeID] = [:]
        // Nodes are copied as they are: a view never re-merges actors that share an alias or a name.
        for node in nodes where keep.contains(node.id) {
            mapping[node.id] = result.appendVerbatim(node)
        }
        for edge in candidates {
            guard let source = mapping[edge.source], let target = mapping[edge.target] else { continue }
            result.addEdge(from: source, to: target, relation: edge.relation, evidence: edge.evidence,
                           count: edge.count, negated: edge.negated)
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    var trimmingSpaces: String {
        // Most names start and end with an ASCII letter: nothing to trim, no scalar properties to look up.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension KnowledgeGraph {
    /// "Name (type, from DOCUMENT)" for a node of one document, "Name (type)" otherwise.
    func describeForChoice(_ id: NodeID) -> String {
        let node = nodes[id.index]
        let documents = Set(node.records.map(\.document))
        if node.key.hasPrefix("doc:"), documents.count == 1, let document = documents.first, !document.isEmpty {
            return "\(node.name) (\(node.type.rawValue), from \(document))"
        }
        return "\(node.name) (\(node.type.rawValue))"
    }
}
