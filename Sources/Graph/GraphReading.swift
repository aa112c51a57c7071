import Extraction

/// What describing a path or a neighbourhood reads of a graph: an in-memory `KnowledgeGraph`, or a
/// native file read in place (`MappedGraph`). One implementation of the text for both keeps their
/// output byte-identical.
protocol GraphReading {
    func nodeName(_ node: NodeID) -> String
    func nodeType(_ node: NodeID) -> EntityType
    func edgeRelation(_ edge: EdgeID) -> String
    func edgeStatements(_ edge: EdgeID) -> Int
    func edgeNegated(_ edge: EdgeID) -> Bool
    func evidence(of edge: EdgeID) throws(GraphError) -> [Evidence]
    /// Every node within `depth` hops of `center`, with its distance (the center at 0).
    func reached(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int]
    /// The (neighbour, edge) entries of `node`'s outgoing or incoming list, in stored order.
    func adjacent(_ node: NodeID, outgoing: Bool) -> [(neighbor: NodeID, edge: EdgeID)]
}

extension GraphReading {
    /// One hop as text, read along the path: `A --[rel]--> B`, or `A <--[rel]-- B` against the edge.
    func hopLine(_ hop: GraphPath.Hop) -> String {
        let from = nodeName(hop.from), to = nodeName(hop.to)
        let relation = (edgeNegated(hop.edge) ? "not " : "") + edgeRelation(hop.edge)
        return hop.forward ? "\(from) --[\(relation)]--> \(to)" : "\(from) <--[\(relation)]-- \(to)"
    }

    /// The sentence that first stated `edge`, as `document:sentence: text`, plus how often it was stated.
    func evidenceLine(of id: EdgeID) -> String {
        let count = edgeStatements(id)
        let repeated = count > 1 ? " (stated \(count) times)" : ""
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
    func pathLines(_ path: GraphPath) -> [String] {
        path.hops.flatMap { [hopLine($0), "    " + evidenceLine(of: $0.edge)] }
    }

    /// The neighbourhood of `center` as lines, by depth: each actor reached, then the edges that reach it
    /// from the previous depth, with their evidence.
    func neighborhoodLines(of center: NodeID, depth: Int, directed: Bool) -> [String] {
        let reached = reached(from: center, depth: depth, directed: directed)
        var lines = ["\(nodeName(center)) (\(nodeType(center).rawValue)): \(reached.count - 1) actor\(reached.count == 2 ? "" : "s") within \(depth) hop\(depth == 1 ? "" : "s")"]
        guard depth > 0 else { return lines }
        var lowered: [NodeID: String] = [:]
        func key(_ node: NodeID) -> String {
            if let known = lowered[node] { return known }
            let made = nodeName(node).lowercased()
            lowered[node] = made
            return made
        }
        for level in 1...depth {
            let ring = reached.filter { $0.value == level }.map(\.key).sorted { (key($0), $0) < (key($1), $1) }
            guard !ring.isEmpty else { break }
            lines.append("depth \(level):")
            for node in ring {
                lines.append("  \(nodeName(node)) (\(nodeType(node).rawValue))")
                for link in links(to: node, from: reached, level: level - 1, directed: directed, key: key) {
                    lines.append("    " + hopLine(link))
                    lines.append("        " + evidenceLine(of: link.edge))
                }
            }
        }
        return lines
    }

    /// Every edge joining `node` to a node at distance `level`, as hops read from that inner node outwards,
    /// ordered by the inner node's lower-cased name (`key`) and then edge id.
    private func links(to node: NodeID, from reached: [NodeID: Int], level: Int, directed: Bool,
                       key: (NodeID) -> String) -> [GraphPath.Hop] {
        var hops: [GraphPath.Hop] = []
        for (neighbor, edge) in adjacent(node, outgoing: false) where reached[neighbor] == level {
            hops.append(GraphPath.Hop(from: neighbor, to: node, edge: edge, forward: true))
        }
        if !directed {
            for (neighbor, edge) in adjacent(node, outgoing: true) where reached[neighbor] == level {
                hops.append(GraphPath.Hop(from: neighbor, to: node, edge: edge, forward: false))
            }
        }
        return hops.sorted { (key($0.from), $0.edge) < (key($1.from), $1.edge) }
    }
}

extension KnowledgeGraph: GraphReading {
    func nodeName(_ node: NodeID) -> String { nodes[node.index].name }
    func nodeType(_ node: NodeID) -> EntityType { nodes[node.index].type }
    func edgeRelation(_ edge: EdgeID) -> String { edges[edge.index].relation }
    func edgeStatements(_ edge: EdgeID) -> Int { edges[edge.index].count }
    func edgeNegated(_ edge: EdgeID) -> Bool { edges[edge.index].negated }
    func reached(from center: NodeID, depth: Int, directed: Bool) -> [NodeID: Int] {
        neighborhood(of: center, depth: depth, directed: directed)
    }
    func adjacent(_ node: NodeID, outgoing: Bool) -> [(neighbor: NodeID, edge: EdgeID)] {
        let list = outgoing ? self.outgoing : incoming
        return list.range(of: node).map { (list.neighbors[$0], list.edges[$0]) }
    }
}
