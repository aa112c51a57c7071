@preconcurrency import CGraphviz
import Extraction
import Graph

/// Dresses an Agraph built by `DOTWriter.makeAgraph` for viewing (see `RenderStyle`). Callers
/// hold the engine's lock.
enum DiagramStyler {
    /// The colour of highlighted node outlines.
    static let highlightColor = "#000000"
    /// How many evidence sentences an edge tooltip quotes.
    static let tooltipSentences = 4

    /// Applies `style` to `agraph`, which mirrors `graph` (nodes `n<i>`, edges `e<i>`), and returns
    /// the tooltip of every node and edge by SVG id, for `SVGTitles`.
    /// - Complexity: O(n + e) plus the evidence quoted.
    /// With `style.pairEdges`, `agraph` must have been made without edges; `layout` is the engine
    /// that will run (labels are placed differently for dot and the force layouts).
    static func apply(_ style: RenderStyle, graph: KnowledgeGraph, layout: LayoutEngine = .dot,
                      to agraph: UnsafeMutablePointer<Agraph_t>) throws -> [String: String] {
        if style.colorByRelation { try declareDiagramAttributes(agraph) }
        let nodeSymbols = try NodeSymbols(agraph)
        let edgeSymbols = try EdgeSymbols(agraph)
        var tooltips = style.pairEdges ? try addPairEdges(graph, style: style, layout: layout, to: agraph) : [:]
        var cursor = agfstnode(agraph)
        while let agnode = cursor {
            let object = UnsafeMutableRawPointer(agnode)
            let id = CGraphAccess.name(object)
            if let index = index(of: id, prefix: "n"), graph.nodes.indices.contains(index) {
                let node = graph.nodes[index]
                let text = DOTWriter.tooltip(for: node)
                tooltips[id] = text
                nodeSymbols.apply(node, id: id, tooltip: text, style: style, to: object)
            }
            var edgeCursor = agfstout(agraph, agnode)
            while let agedge = edgeCursor {
                let edgeObject = UnsafeMutableRawPointer(agedge)
                let key = CGraphAccess.name(edgeObject)
                if let index = index(of: key, prefix: "e"), graph.edges.indices.contains(index) {
                    let edge = graph.edges[index]
                    let text = tooltip(for: edge, in: graph)
                    tooltips[key] = text
                    edgeSymbols.apply(edge, id: key, tooltip: text, style: style, to: edgeObject)
                }
                edgeCursor = agnxtout(agraph, agedge)
            }
            cursor = agnxtnode(agraph, agnode)
        }
        try addClusters(graph, style: style, to: agraph)
        if style.legend, !graph.nodes.isEmpty {
            try DiagramLegend.add(to: agraph, for: graph, colorByRelation: style.colorByRelation, pairs: style.pairEdges,
                                  clusters: style.clusters.contains { $0.count > 1 })
        }
        return tooltips
    }

    /// "; seen FIRST..LAST" from an edge's dated statements, or "" when none is dated, so undated graphs
    /// draw exactly as before.
    static func seenText(_ edge: KnowledgeGraph.Edge) -> String {
        let timeline = edge.timeline
        return timeline.firstSeen.map { first in "; seen \(first)" + (timeline.lastSeen.map { $0 == first ? "" : "..\($0)" } ?? "") } ?? ""
    }

    /// Edge tooltip: who did what to whom, the class, then the evidence and where it was read.
    static func tooltip(for edge: KnowledgeGraph.Edge, in graph: KnowledgeGraph) -> String {
        let source = graph.nodes[edge.source.index].name, target = graph.nodes[edge.target.index].name
        let relationClass = RelationClass.classify(edge.relation)
        let quad = relationClass.quadClass.map { "; \($0.rawValue)" } ?? ""
        let stated = edge.count == 1 ? "stated once" : "stated \(edge.count) times"
        let seen = seenText(edge)
        var lines = ["\(source) → \(edge.negated ? "not " : "")\(edge.relation) → \(target)",
                     "\(relationClass.label)\(quad); \(stated)\(seen)"]
        for evidence in edge.evidence.prefix(tooltipSentences) {
            let date = evidence.daysText.map { ", " + $0 } ?? ""
            lines.append("• \(evidence.text.replacingNewlines) — \(evidence.document), sentence \(evidence.sentence + 1)\(date)")
        }
        let more = edge.evidence.count - min(edge.evidence.count, tooltipSentences)
        if more > 0 { lines.append("(\(more) more)") }
        return lines.joined(separator: "\n")
    }

    /// The index in `n12`/`e12`-style names.
    private static func index(of name: String, prefix: Character) -> Int? {
        name.first == prefix ? Int(name.dropFirst()) : nil
    }

    /// Larger fonts and more room between ranks than the data DOT, so labels stay apart.
    private static func declareDiagramAttributes(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
        let root = UnsafeMutableRawPointer(agraph)
        for (name, value) in [("nodesep", "0.45"), ("ranksep", "0.7"), ("pad", "0.3"), ("fontsize", "12")] {
            let symbol = try CGraphAccess.symbol(agraph, .graph, name) ?? CGraphAccess.declare(agraph, .graph, name, value)
            CGraphAccess.set(root, symbol, value)
        }
        // A new attribute's default reaches every object; fontsize, already declared, is set per object.
        try CGraphAccess.declare(agraph, .node, "margin", "0.15,0.07")
    }

    /// Diagram font sizes, larger than the data DOT's 11 and 9 points.
    static let nodeFontSize = "13", edgeFontSize = "10.5"

    /// Node attributes the styler sets.
    private struct NodeSymbols {
        let id, tooltip, penwidth, color, fillcolor, fontcolor, fontsize: UnsafeMutablePointer<Agsym_t>

        init(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
            id = try CGraphAccess.declare(agraph, .node, "id", "")
            tooltip = try CGraphAccess.declare(agraph, .node, "tooltip", "")
            penwidth = try CGraphAccess.declare(agraph, .node, "penwidth", "1")
            color = try CGraphAccess.declare(agraph, .node, "color", "#444444")
            fillcolor = try CGraphAccess.declare(agraph, .node, "fillcolor", EntityType.other.graphvizFillColor)
            fontcolor = try CGraphAccess.declare(agraph, .node, "fontcolor", "black")
            fontsize = try CGraphAccess.symbol(agraph, .node, "fontsize") ?? CGraphAccess.declare(agraph, .node, "fontsize", "14")
        }

        func apply(_ node: KnowledgeGraph.Node, id nodeID: String, tooltip text: String, style: RenderStyle,
                   to object: UnsafeMutableRawPointer) {
            CGraphAccess.set(object, id, nodeID)
            CGraphAccess.set(object, tooltip, DOTEscaping.tooltip(text))
            if style.colorByRelation { CGraphAccess.set(object, fontsize, DiagramStyler.nodeFontSize) }
            guard style.highlights else { return }
            if style.highlightedNodes.contains(node.id) {
                CGraphAccess.set(object, penwidth, "3")
                CGraphAccess.set(object, color, DiagramStyler.highlightColor)
            } else {
                CGraphAccess.set(object, fillcolor, node.type.graphvizFillColor + "66")
                CGraphAccess.set(object, color, "#44444466")
                CGraphAccess.set(object, fontcolor, "#666666")
            }
        }
    }

    /// Edge attributes the styler sets.
    private struct EdgeSymbols {
        let id, tooltip, color, fontcolor, penwidth, fontname, fontsize: UnsafeMutablePointer<Agsym_t>

        init(_ agraph: UnsafeMutablePointer<Agraph_t>) throws {
            id = try CGraphAccess.declare(agraph, .edge, "id", "")
            tooltip = try CGraphAccess.declare(agraph, .edge, "tooltip", "")
            color = try CGraphAccess.declare(agraph, .edge, "color", "#555555")
            fontcolor = try CGraphAccess.declare(agraph, .edge, "fontcolor", "black")
            penwidth = try CGraphAccess.declare(agraph, .edge, "penwidth", "1")
            fontname = try CGraphAccess.declare(agraph, .edge, "fontname", "Helvetica")
            fontsize = try CGraphAccess.symbol(agraph, .edge, "fontsize") ?? CGraphAccess.declare(agraph, .edge, "fontsize", "14")
        }

        func apply(_ edge: KnowledgeGraph.Edge, id edgeID: String, tooltip text: String, style: RenderStyle,
                   to object: UnsafeMutableRawPointer) {
            CGraphAccess.set(object, id, edgeID)
            CGraphAccess.set(object, tooltip, DOTEscaping.tooltip(text))
            if style.colorByRelation { CGraphAccess.set(object, fontsize, DiagramStyler.edgeFontSize) }
            var lineColor = "#555555", textColor = "black"
            if style.colorByRelation {
                let relationClass = RelationClass.classify(edge.relation)
                lineColor = relationClass.color
                textColor = relationClass.labelColor
            }
            if style.highlights {
                if style.highlightedEdges.contains(edge.id) {
                    let width = Double(CGraphAccess.get(object, penwidth) ?? "") ?? 1
                    CGraphAccess.set(object, penwidth, String(Int(width.rounded()) + 3))
                    CGraphAccess.set(object, fontname, "Helvetica-Bold")
                } else {
                    lineColor += "55"
                    textColor = "#888888"
                }
            }
            CGraphAccess.set(object, color, lineColor)
            CGraphAccess.set(object, fontcolor, textColor)
        }
    }
}

extension String {
    /// The text on one line, for tooltips that use line breaks between items.
    var replacingNewlines: String {
        String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
