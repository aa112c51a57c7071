@preconcurrency import CGraphviz
import Extraction
import Graph

/// The legend node: one HTML-like table naming the actor types and relation classes that
/// occur in the graph, and what dashes and widths mean. Added only at render time, so DOT
/// read back by `DOTReader` never contains it. Callers hold the engine's lock.
enum DiagramLegend {
    /// The legend's node name and SVG id; not of the `n<index>` form, so nothing mistakes it for an actor.
    static let nodeName = "legend"

    static func add(to agraph: UnsafeMutablePointer<Agraph_t>, for graph: KnowledgeGraph, colorByRelation: Bool,
                    pairs: Bool = false, clusters: Bool = false) throws {
        let made = nodeName.withCString { agnode(agraph, UnsafeMutablePointer(mutating: $0), 1) }
        guard let agnode = made else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "agnode failed for the legend"))
        }
        let object = UnsafeMutableRawPointer(agnode)
        let values: [(String, String)] = [
            ("shape", "plain"), ("style", ""), ("id", nodeName), ("tooltip", "Legend"), ("fontsize", "11"),
        ]
        for (name, value) in values {
            let symbol = try CGraphAccess.symbol(agraph, .node, name) ?? CGraphAccess.declare(agraph, .node, name, "")
            CGraphAccess.set(object, symbol, value)
        }
        let label = try CGraphAccess.symbol(agraph, .node, "label") ?? CGraphAccess.declare(agraph, .node, "label", "\\N")
        let html = table(for: graph, colorByRelation: colorByRelation, pairs: pairs, clusters: clusters)
        guard let stored = html.withCString({ agstrdup_html(agraph, UnsafeMutablePointer(mutating: $0)) }) else {
            throw GraphvizError.internalError("cannot store the legend label")
        }
        // agxset takes its own reference to the interned HTML string; ours is released after.
        _ = agxset(object, label, stored)
        _ = agstrfree(agraph, stored)
    }

    /// The legend table (HTML-like label text, without the outer angle brackets).
    /// - Complexity: O(n + e) to find the types and classes present.
    static func table(for graph: KnowledgeGraph, colorByRelation: Bool, pairs: Bool = false, clusters: Bool = false) -> String {
        let types = Set(graph.nodes.map(\.type)).sorted()
        let classes = colorByRelation
            ? Set(graph.edges.map { RelationClass.classify($0.relation) }).sorted { order($0) < order($1) }
            : []
        var rows = ["<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"]
        for type in types {
            rows.append("<TR><TD BGCOLOR=\"\(type.graphvizFillColor)\" BORDER=\"1\" WIDTH=\"28\"></TD>"
                        + "<TD ALIGN=\"LEFT\">\(type.rawValue) (\(type.graphvizShape))</TD></TR>")
        }
        for relationClass in classes {
            let quad = relationClass.quadClass.map { " (\($0.rawValue))" } ?? ""
            rows.append("<TR><TD><TABLE BORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\"><TR>"
                        + "<TD BGCOLOR=\"\(relationClass.color)\" HEIGHT=\"4\" WIDTH=\"28\" FIXEDSIZE=\"TRUE\"></TD></TR></TABLE></TD>"
                        + "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(relationClass.labelColor)\">\(relationClass.label)\(quad)</FONT></TD></TR>")
        }
        if graph.edges.contains(where: \.negated) {
            rows.append("<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">negated (every statement)</TD></TR>")
        }
        if pairs {
            // One edge stands for every relation between two actors, so say what its parts mean.
            rows.append("<TR><TD>width</TD><TD ALIGN=\"LEFT\">statements between the two</TD></TR>")
            rows.append("<TR><TD>colour</TD><TD ALIGN=\"LEFT\">most stated class; two lines: cooperation and conflict</TD></TR>")
            rows.append("<TR><TD>arrow</TD><TD ALIGN=\"LEFT\">⅔ or more run this way</TD></TR>")
        } else {
            rows.append("<TR><TD>width</TD><TD ALIGN=\"LEFT\">how often stated</TD></TR>")
        }
        if clusters {
            rows.append("<TR><TD>outline</TD><TD ALIGN=\"LEFT\">community (same colour, same community)</TD></TR>")
        }
        return "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"white\">"
            + rows.joined() + "</TABLE>"
    }

    /// Legend order: the declaration order of `RelationClass`.
    private static func order(_ relationClass: RelationClass) -> Int {
        RelationClass.allCases.firstIndex(of: relationClass) ?? 0
    }
}
