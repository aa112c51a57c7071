extension KnowledgeGraph {
    /// Adds every node and edge of `other`: actors unite by name or alias (ignoring case),
    /// equal (subject, relation, object) edges add their counts and evidence.
    /// - Complexity: O(V' + E') for `other`'s nodes and edges, plus their aliases.
    public mutating func merge(_ other: KnowledgeGraph) {
        var mapping: [NodeID] = []
        mapping.reserveCapacity(other.nodes.count)
        for node in other.nodes {
            mapping.append(addNode(name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes))
        }
        for edge in other.edges {
            addEdge(from: mapping[edge.source.index], to: mapping[edge.target.index], relation: edge.relation,
                    evidence: edge.evidence, count: edge.count, negated: edge.negated)
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
        if let id = node(named: name.trimmingSpaces) { return id }
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
        var mapping: [NodeID: NodeID] = [:]
        for node in nodes where keep.contains(node.id) {
            mapping[node.id] = result.addNode(name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)
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
