import Extraction

extension KnowledgeGraph {
    /// The graph as a Mermaid flowchart (left to right): nodes `n<id>["name"]`, edges labelled with their
    /// relation (dotted and prefixed "not" when negated, "×count" when stated more than once), and one
    /// class per actor type.
    /// - Complexity: O(V + E).
    public func mermaid() -> String {
        var out = "flowchart LR\n"
        for node in nodes {
            out += "    n\(node.id.rawValue)[\"\(FormatEscaping.mermaid(node.name))\"]\n"
        }
        for edge in edges {
            var label = (edge.negated ? "not " : "") + edge.relation
            if edge.count > 1 { label += " ×\(edge.count)" }
            let arrow = edge.negated ? "-.->" : "-->"
            out += "    n\(edge.source.rawValue) \(arrow)|\"\(FormatEscaping.mermaid(label))\"| n\(edge.target.rawValue)\n"
        }
        for type in EntityType.allCases {
            let members = nodes.filter { $0.type == type }.map { "n\($0.id.rawValue)" }
            guard !members.isEmpty else { continue }
            out += "    classDef \(type.rawValue) \(Self.mermaidStyle(type))\n"
            out += "    class \(members.joined(separator: ",")) \(type.rawValue)\n"
        }
        return out
    }

    private static func mermaidStyle(_ type: EntityType) -> String {
        switch type {
        case .country: return "fill:#dbe9f6,stroke:#3b6ea5"
        case .location: return "fill:#e3f1dc,stroke:#4f8a3c"
        case .organization: return "fill:#fdebd3,stroke:#c07a1c"
        case .person: return "fill:#f6dbe4,stroke:#a53b62"
        case .group: return "fill:#ebe0f6,stroke:#6e3ba5"
        case .work: return "fill:#fbe3d6,stroke:#b5532a"
        case .other: return "fill:#eeeeee,stroke:#777777"
        }
    }
}
