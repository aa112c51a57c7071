import Foundation
import Graph
import Graphviz

/// Writes a graph as a styled diagram (.svg, .png, .pdf) or as the interactive viewer
/// (.html), under a layout time bound, atomically.
struct DiagramOutput {
    /// The diagram formats, by file extension.
    enum Kind: String {
        case svg, png, pdf, html
    }

    var layout: LayoutChoice = .auto
    /// Seconds the layout may take before the process gives up with advice; nil for no bound.
    var timeout: Double? = 60
    var style: RenderStyle = .diagram
    /// The command line to run instead when the layout times out with an engine other than sfdp:
    /// the arguments plus `--layout sfdp` (nil: stop with advice).
    var fallbackArguments: [String]?

    /// The diagram kind for `path`'s extension, or a usage error naming it.
    static func kind(of path: String) throws -> Kind {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if let kind = Kind(rawValue: ext == "htm" ? "html" : ext) { return kind }
        let shown = ext.isEmpty ? "no extension" : "unknown extension '.\(ext)'"
        throw CLIError("\(path) has \(shown); use .svg, .png, .pdf or .html", status: ExitStatus.usage)
    }

    /// Renders `graph` and writes it to `path` in the kind its extension names; a viewer of more than
    /// `ViewerSummary.threshold` actors draws a summary of their communities.
    func write(_ graph: KnowledgeGraph, to path: String, title: String) throws {
        let kind = try Self.kind(of: path)
        // The viewer shows evidence per relation, so it keeps one edge per relation (see `viewer(of:)`).
        var style = style
        if kind == .html { style.pairEdges = false }
        // A large graph's viewer draws a summary of its communities; the layout is chosen for that.
        let summary = kind == .html ? ViewerSummary(graph) : nil
        let drawn = summary?.graph ?? graph
        if let summary {
            Console.error("note: the viewer draws \(summary.drawn) communities of \(graph.nodes.count) actors (more than \(ViewerSummary.threshold)); a click on one expands it")
        }
        let nodes = drawn.nodes.count, edges = style.pairEdges || summary != nil ? drawn.pairEdges().count : drawn.edges.count
        let engine = layout.engine(nodes: nodes, edges: edges)
        if layout == .auto, engine != .dot {
            Console.error("note: --layout auto chose \(engine.rawValue) for \(nodes) actors and \(edges) relations (dot above \(LayoutLimits.measured.nodes) actors or \(LayoutLimits.measured.dotExtraEdges) relations more than actors)")
        }
        let advice = "layout with \(engine.rawValue) did not finish within \(Self.seconds(timeout ?? 0)) "
            + "(\(nodes) actors, \(edges) relations); draw less with --top N, --min-count K or --focus ACTOR, "
            + (engine == .sfdp ? "" : "try --layout sfdp, ") + "or allow more time with --layout-timeout"
        var restart: (note: String, arguments: [String])?
        if engine != .sfdp, let arguments = fallbackArguments {
            restart = ("layout with \(engine.rawValue) did not finish within \(Self.seconds(timeout ?? 0)); starting again with sfdp",
                       arguments + ["--layout", LayoutEngine.sfdp.rawValue])
        }
        let rendering = try LayoutWatchdog.run(seconds: timeout, message: advice, restart: restart) {
            switch kind {
            case .html:
                return try GraphvizEngine.shared.viewer(of: graph, summary: summary, layout: engine, title: title, style: style)
            case .svg, .png, .pdf:
                let format = try RenderFormat(validating: kind.rawValue)
                return try GraphvizEngine.shared.rendering(of: graph, format: format, layout: engine, style: style)
            }
        }
        for notice in rendering.notices { Console.error("note: \(notice)") }
        try AtomicFile.write(Data(rendering.bytes), to: path)
    }

    /// "60 s", "0.5 s".
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
