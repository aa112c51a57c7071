import Extraction

extension KnowledgeGraph {
    /// One hop as text, read along the path: `A --[rel]--> B`, or `A <--[rel]-- B` against the edge.
    public func describe(_ hop: GraphPath.Hop) -> String { hopLine(hop) }

    /// The sentence that first stated `edge`, as `document:sentence: text`, plus how often it was stated.
    public func describeEvidence(of id: EdgeID) -> String { evidenceLine(of: id) }

    /// A path as lines: each hop, then its evidence indented by four spaces.
    /// - Complexity: O(hops).
    public func describe(_ path: GraphPath) -> [String] { pathLines(path) }

    /// The neighbourhood of `center` as lines, by depth: each actor reached, then the edges that reach it
    /// from the previous depth, with their evidence.
    /// - Complexity: O(V log V + E).
    public func describeNeighborhood(of center: NodeID, depth: Int, directed: Bool = false) -> [String] {
        neighborhoodLines(of: center, depth: depth, directed: directed)
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
