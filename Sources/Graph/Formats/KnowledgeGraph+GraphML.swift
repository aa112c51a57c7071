extension KnowledgeGraph {
    /// The graph as GraphML with typed `<key>`s, readable by networkx, Gephi, yEd and Cytoscape.
    ///
    /// Nodes `n<id>` carry `label` (the name), `type`, `aliases` (joined by "; ") and one `attr.<key>`
    /// per node attribute in use; edges `e<id>` carry `label` and `relation` (the relation),
    /// `count` (int), `negated` (boolean), `documents` (distinct, sorted, "; "-joined) and `evidence`
    /// (the first sentence). When any statement is dated, edges also carry `first_seen`, `last_seen` and
    /// `periods` (statements per month, `2024-02:3; 2024-03:1`) from `EdgeTimeline`; undated graphs export
    /// as before. Columns an imported triple file carried beyond the known ones become edge keys
    /// `attr.<name>` holding the edge's distinct values, sorted and "; "-joined. Parallel edges are kept, so a
    /// multigraph reader sees every edge.
    /// - Complexity: O(V + E + total evidence).
    public func graphML() -> String {
        let attributeKeys = Set(nodes.flatMap(\.attributes.keys)).sorted()
        let dated = hasDatedStatements
        let edgeAttributeKeys = evidenceAttributeNames
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let keys: [(id: String, domain: String, name: String, type: String)] =
            [("d0", "node", "label", "string"), ("d1", "node", "type", "string"), ("d2", "node", "aliases", "string")]
            + attributeKeys.enumerated().map { ("a\($0.offset)", "node", "attr.\($0.element)", "string") }
            + [("d3", "edge", "label", "string"), ("d4", "edge", "relation", "string"), ("d5", "edge", "count", "int"),
               ("d6", "edge", "negated", "boolean"), ("d7", "edge", "documents", "string"), ("d8", "edge", "evidence", "string")]
            + (dated ? [("d9", "edge", "first_seen", "string"), ("d10", "edge", "last_seen", "string"), ("d11", "edge", "periods", "string")] : [])
            + edgeAttributeKeys.enumerated().map { ("b\($0.offset)", "edge", "attr.\($0.element)", "string") }
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\" attr.name=\"\(FormatEscaping.xml(key.name))\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n"
        for node in nodes {
            out += "    <node id=\"n\(node.id.rawValue)\">\n"
            out += data("d0", node.name) + data("d1", node.type.rawValue)
            if !node.aliases.isEmpty { out += data("d2", node.aliases.joined(separator: "; ")) }
            for (index, key) in attributeKeys.enumerated() {
                if let value = node.attributes[key] { out += data("a\(index)", value) }
            }
            out += "    </node>\n"
        }
        for edge in edges {
            out += "    <edge id=\"e\(edge.id.rawValue)\" source=\"n\(edge.source.rawValue)\" target=\"n\(edge.target.rawValue)\">\n"
            out += data("d3", edge.relation) + data("d4", edge.relation) + data("d5", String(edge.count))
                + data("d6", edge.negated ? "true" : "false")
            let documents = Set(edge.evidence.map(\.document)).sorted()
            if !documents.isEmpty { out += data("d7", documents.joined(separator: "; ")) }
            if let first = edge.evidence.first { out += data("d8", first.text) }
            let timeline = edge.timeline
            if let firstSeen = timeline.firstSeen, let lastSeen = timeline.lastSeen {
                out += data("d9", firstSeen) + data("d10", lastSeen) + data("d11", timeline.periodsText)
            }
            for (index, key) in edgeAttributeKeys.enumerated() {
                let values = Set(edge.evidence.compactMap { $0.attributes?[key] }).sorted()
                if !values.isEmpty { out += data("b\(index)", values.joined(separator: "; ")) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(FormatEscaping.xml(value))</data>\n"
    }
}
