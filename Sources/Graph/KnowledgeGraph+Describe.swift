import Extraction

extension KnowledgeGraph {
    /// One hop as text, read along the path: `A --[rel]--> B`, or `A <--[rel]-- B` against the edge.
    public func describe(_ hop: GraphPath.Hop) -> String {
        let from = nodes[hop.from.index].name, to = nodes[hop.to.index].name
        let edge = edges[hop.edge.index]
        let relation = (edge.negated ? "not " : "") + edge.relation
        return hop.forward ? "\(from) --[\(relation)]--> \(to)" : "\(from) <--[\(relation)]-- \(to)"
    }

    /// The sentence that first stated `edge`, as `document:sentence: text`, plus how often it was stated.
    public func describeEvidence(of id: EdgeID) -> String {
        let edge = edges[id.index]
        let repeated = edge.count > 1 ? " (stated \(edge.count) times)" : ""
        let evidence: [Evidence]
        do {
            evidence = try self.evidence(of: id)
        } catch {
            return "(evidence unreadable: \(error))\(repeated)"
        }
        guard let first = evidence.first else { return "(no evidence recorded)\(repeated)" }
        return "\(first.document):\(first.sentence): \(first.text.oneLine)\(repeated)"
    }

    /// A path as lines: each hop, then its evidence indented by four spaces.
    /// - Complexity: O(hops).
    public func describe(_ path: GraphPath) -> [String] {
        path.hops.flatMap { [describe($0), "    " + describeEvidence(of: $0.edge)] }
    }

    /// The neighbourhood of `center` as lines, by depth: each actor reached, then the edges that reach it
    /// from the previous depth, with their evidence.
    /// - Complexity: O(V log V + E).
    public func describeNeighborhood(of center: NodeID, depth: Int, directed: Bool = false) -> [String] {
        let reached = neighborhood(of: center, depth: depth, directed: directed)
        let root = nodes[center.index]
        var lines = ["\(root.name) (\(root.type.rawValue)): \(reached.count - 1) actor\(reached.count == 2 ? "" : "s") within \(depth) hop\(depth == 1 ? "" : "s")"]
        guard depth > 0 else { return lines }
        for level in 1...depth {
            let ring = reached.filter { $0.value == level }.map(\.key)
                .sorted { (nodes[$0.index].name.lowercased(), $0) < (nodes[$1.index].name.lowercased(), $1) }
            guard !ring.isEmpty else { break }
            lines.append("depth \(level):")
            for node in ring {
                lines.append("  \(nodes[node.index].name) (\(nodes[node.index].type.rawValue))")
                for link in links(to: node, from: reached, level: level - 1, directed: directed) {
                    lines.append("    " + describe(link))
                    lines.append("        " + describeEvidence(of: link.edge))
                }
            }
        }
        return lines
    }
}

extension KnowledgeGraph {
    /// Every edge joining `node` to a node at distance `level`, as hops read from that inner node outwards,
    /// ordered by the inner node's name and then edge id.
    fileprivate func links(to node: NodeID, from reached: [NodeID: Int], level: Int, directed: Bool) -> [GraphPath.Hop] {
        var hops: [GraphPath.Hop] = []
        let into = incoming, out = outgoing
        for slot in into.range(of: node) where reached[into.neighbors[slot]] == level {
            hops.append(GraphPath.Hop(from: into.neighbors[slot], to: node, edge: into.edges[slot], forward: true))
        }
        if !directed {
            for slot in out.range(of: node) where reached[out.neighbors[slot]] == level {
                hops.append(GraphPath.Hop(from: out.neighbors[slot], to: node, edge: out.edges[slot], forward: false))
            }
        }
        return hops.sorted { (nodes[$0.from.index].name.lowercased(), $0.edge) < (nodes[$1.from.index].name.lowercased(), $1.edge) }
    }
}

extension GraphStats {
    /// The figures as aligned `label: value` lines.
    public var lines: [String] {
        let types = EntityType.allCases.compactMap { type in nodesByType[type].map { "\(type.rawValue) \($0)" } }
        var lines = ["actors: \(nodeCount)", "relations: \(edgeCount)", "statements: \(statementCount)",
                     "components: \(componentCount)", "actors by type: \(types.isEmpty ? "none" : types.joined(separator: ", "))"]
        if !topActors.isEmpty {
            lines.append("top actors by degree:")
            let width = topActors.map(\.name.count).max() ?? 0
            let digits = topActors.map { String($0.degree).count }.max() ?? 0
            for actor in topActors {
                let padding = String(repeating: " ", count: width - actor.name.count)
                let degree = String(actor.degree)
                let degreePadding = String(repeating: " ", count: digits - degree.count)
                lines.append("  \(actor.name)\(padding)  \(degreePadding)\(degree)  \(actor.type.rawValue)")
            }
        }
        return lines
    }
}

extension String {
    /// The text with every run of line breaks and tabs turned into one space.
    var oneLine: String {
        split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }
}
