import Foundation
@preconcurrency import CGraphviz
import Extraction
import Graph

/// Builds the cgraph graph for a KnowledgeGraph and writes it as DOT. Callers hold the lock.
///
/// The DOT carries two layers. Graphviz styling: `label`, `shape`, `fillcolor` and `tooltip`
/// per node, `label`, `tooltip`, `penwidth` and `style` (dashed when negated) per edge. And
/// NewsGraph data, from which `DOTReader` rebuilds the graph exactly:
/// - graph `newsgraph=1` marks the format (version 1);
/// - node id `n<index>`; `name` (escaped with `DOTEscaping.escape`), `type` (EntityType raw
///   value), `aliases` (`DOTEscaping.joinList`), `attributes` (escaped sorted-key JSON object);
/// - edge key `e<index>`; `count`, `negated` (`true`/`false`), `evidence` (escaped JSON array
///   of Evidence with sorted keys); the relation is the `label` (`DOTEscaping.label`).
/// Attributes equal to their declared default are left out by agwrite.
enum DOTWriter {
    /// Graph attribute marking DOT written here; its value is the data-layout version.
    static let marker = "newsgraph"
    static let formatVersion = "2"
    /// Versions the reader accepts: version 1 had no actor keys, records or document table.
    static let readableVersions: Set<String> = ["1", "2"]
    /// How many evidence sentences an edge tooltip quotes.
    static let tooltipSentences = 3

    /// A new cgraph graph mirroring `graph` (without its edges when `includeEdges` is false, for
    /// diagrams that draw pair edges instead); the caller must agclose it.
    /// - Complexity: O(n + e) for n nodes and e edges.
    static func makeAgraph(_ graph: KnowledgeGraph, includeEdges: Bool = true) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let agraph = "NewsGraph".withCString({ ng_open_directed(UnsafeMutablePointer(mutating: $0)) }) else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "agopen failed"))
        }
        do {
            try declareGraphAttributes(agraph)
            if !graph.documents.isEmpty {
                // The document table travels with the graph, so `build --append` to DOT stays idempotent.
                try CGraphAccess.declare(agraph, .graph, "documents", DOTEscaping.escape(try json(graph.documents)))
            }
            let nodeAttributes = try NodeAttributes(agraph)
            let edgeAttributes = try EdgeAttributes(agraph)
            var agnodes: [UnsafeMutablePointer<Agnode_t>] = []
            agnodes.reserveCapacity(graph.nodes.count)
            for node in graph.nodes {
                let agnode = try makeNode(node, in: agraph)
                try nodeAttributes.apply(node, to: agnode)
                agnodes.append(agnode)
            }
            for edge in graph.edges where includeEdges {
                guard agnodes.indices.contains(edge.source.index), agnodes.indices.contains(edge.target.index) else {
                    throw GraphvizError.internalError("edge \(edge.id) joins a node not in the graph")
                }
                let agedge = try makeEdge(edge, from: agnodes[edge.source.index], to: agnodes[edge.target.index], in: agraph)
                try edgeAttributes.apply(edge, to: agedge)
            }
            return agraph
        } catch {
            agclose(agraph)
            throw error
        }
    }

    /// DOT text of an Agraph via agwrite.
    static func write(_ agraph: UnsafeMutablePointer<Agraph_t>) throws -> String {
        try CGraphAccess.write(agraph)
    }

    private static func declareGraphAttributes(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
        let settings: [(String, String)] = [
            (marker, formatVersion),
            ("rankdir", "LR"),
            ("fontname", "Helvetica"),
            ("overlap", "false"),
            ("splines", "true"),
            ("outputorder", "edgesfirst"),
            ("nodesep", "0.3"),
            ("pad", "0.2"),
        ]
        for (name, value) in settings {
            try CGraphAccess.declare(agraph, .graph, name, value)
        }
    }

    private static func makeNode(_ node: KnowledgeGraph.Node, in agraph: UnsafeMutablePointer<Agraph_t>) throws -> UnsafeMutablePointer<Agnode_t> {
        let made = node.id.description.withCString { agnode(agraph, UnsafeMutablePointer(mutating: $0), 1) }
        guard let made else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "agnode failed for \(node.id)"))
        }
        return made
    }

    private static func makeEdge(_ edge: KnowledgeGraph.Edge, from tail: UnsafeMutablePointer<Agnode_t>,
                                 to head: UnsafeMutablePointer<Agnode_t>,
                                 in agraph: UnsafeMutablePointer<Agraph_t>) throws -> UnsafeMutablePointer<Agedge_t> {
        let made = edge.id.description.withCString { agedge(agraph, tail, head, UnsafeMutablePointer(mutating: $0), 1) }
        guard let made else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "agedge failed for \(edge.id)"))
        }
        return made
    }

    /// Node attribute symbols, declared once per graph with their defaults.
    private struct NodeAttributes {
        let label, tooltip, shape, fillcolor, name, key, type, aliases, attributes, records: UnsafeMutablePointer<Agsym_t>

        init(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
            try CGraphAccess.declare(agraph, .node, "fontname", "Helvetica")
            try CGraphAccess.declare(agraph, .node, "fontsize", "11")
            try CGraphAccess.declare(agraph, .node, "style", "filled")
            try CGraphAccess.declare(agraph, .node, "color", "#444444")
            label = try CGraphAccess.declare(agraph, .node, "label", "\\N")
            tooltip = try CGraphAccess.declare(agraph, .node, "tooltip", "")
            shape = try CGraphAccess.declare(agraph, .node, "shape", EntityType.other.graphvizShape)
            fillcolor = try CGraphAccess.declare(agraph, .node, "fillcolor", EntityType.other.graphvizFillColor)
            name = try CGraphAccess.declare(agraph, .node, "name", "")
            key = try CGraphAccess.declare(agraph, .node, "actor_key", "")
            type = try CGraphAccess.declare(agraph, .node, "type", EntityType.other.rawValue)
            aliases = try CGraphAccess.declare(agraph, .node, "aliases", "")
            attributes = try CGraphAccess.declare(agraph, .node, "attributes", "")
            records = try CGraphAccess.declare(agraph, .node, "records", "")
        }

        func apply(_ node: KnowledgeGraph.Node, to agnode: UnsafeMutablePointer<Agnode_t>) throws {
            let object = UnsafeMutableRawPointer(agnode)
            CGraphAccess.set(object, label, DOTEscaping.label(node.name))
            CGraphAccess.set(object, tooltip, DOTEscaping.tooltip(DOTWriter.tooltip(for: node)))
            CGraphAccess.set(object, shape, node.type.graphvizShape)
            CGraphAccess.set(object, fillcolor, node.type.graphvizFillColor)
            CGraphAccess.set(object, name, DOTEscaping.escape(node.name))
            CGraphAccess.set(object, key, DOTEscaping.escape(node.key))
            CGraphAccess.set(object, type, node.type.rawValue)
            CGraphAccess.set(object, aliases, DOTEscaping.joinList(node.aliases))
            CGraphAccess.set(object, attributes, node.attributes.isEmpty ? "" : DOTEscaping.escape(try DOTWriter.json(node.attributes)))
            CGraphAccess.set(object, records, node.records.isEmpty ? "" : DOTEscaping.escape(try DOTWriter.json(node.records)))
        }
    }

    /// Edge attribute symbols, declared once per graph with their defaults.
    private struct EdgeAttributes {
        let label, tooltip, penwidth, style, count, evidence, negated: UnsafeMutablePointer<Agsym_t>

        init(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
            try CGraphAccess.declare(agraph, .edge, "fontname", "Helvetica")
            try CGraphAccess.declare(agraph, .edge, "fontsize", "9")
            try CGraphAccess.declare(agraph, .edge, "color", "#555555")
            try CGraphAccess.declare(agraph, .edge, "arrowsize", "0.7")
            label = try CGraphAccess.declare(agraph, .edge, "label", "")
            tooltip = try CGraphAccess.declare(agraph, .edge, "tooltip", "")
            penwidth = try CGraphAccess.declare(agraph, .edge, "penwidth", "1")
            style = try CGraphAccess.declare(agraph, .edge, "style", "solid")
            count = try CGraphAccess.declare(agraph, .edge, "count", "1")
            evidence = try CGraphAccess.declare(agraph, .edge, "evidence", "")
            negated = try CGraphAccess.declare(agraph, .edge, "negated", "false")
        }

        func apply(_ edge: KnowledgeGraph.Edge, to agedge: UnsafeMutablePointer<Agedge_t>) throws {
            let object = UnsafeMutableRawPointer(agedge)
            CGraphAccess.set(object, label, DOTEscaping.label(edge.relation))
            CGraphAccess.set(object, tooltip, DOTEscaping.tooltip(DOTWriter.tooltip(for: edge)))
            CGraphAccess.set(object, penwidth, DOTWriter.penWidth(count: edge.count))
            CGraphAccess.set(object, style, edge.negated ? "dashed" : "solid")
            CGraphAccess.set(object, count, String(edge.count))
            CGraphAccess.set(object, evidence, edge.evidence.isEmpty ? "" : DOTEscaping.escape(try DOTWriter.json(edge.evidence)))
            CGraphAccess.set(object, negated, edge.negated ? "true" : "false")
        }
    }

    /// Node tooltip text: name, type and aliases.
    static func tooltip(for node: KnowledgeGraph.Node) -> String {
        var text = "\(node.name) (\(node.type.rawValue))"
        if !node.aliases.isEmpty { text += "\naliases: " + node.aliases.joined(separator: ", ") }
        return text
    }

    /// Edge tooltip text: the first few evidence sentences, then how many more there are.
    static func tooltip(for edge: KnowledgeGraph.Edge) -> String {
        var lines = edge.evidence.prefix(tooltipSentences).map(\.text)
        let more = edge.evidence.count - lines.count
        if more > 0 { lines.append("(\(more) more)") }
        return lines.joined(separator: "\n")
    }

    /// 1 + log2(count) with at most two decimals ("1", "2", "2.58"), so often-stated
    /// relations draw thicker.
    static func penWidth(count: Int) -> String {
        let hundredths = Int(((1 + log2(Double(max(1, count)))) * 100).rounded())
        var text = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return text
    }

    /// Deterministic JSON (sorted keys) for a data attribute.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw GraphvizError.internalError("cannot encode \(Value.self) as JSON: \(error)")
        }
    }
}
