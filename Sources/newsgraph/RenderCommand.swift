import Foundation
import ArgumentParser
import Graph
import Graphviz

/// `newsgraph render --graph FILE -o OUT`: draw a stored graph, or part of it.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph file (.json or .dot) as SVG, PNG, PDF or an interactive HTML viewer through Graphviz.",
        discussion: """
            All relations between two actors are drawn as one edge: its width follows the statements between \
            them, its colour the dominant relation class (see docs/relation-classes.md; two parallel lines when \
            cooperation and conflict are both strong), its label names the most frequent relations with counts \
            (on dense views only the strongest edges are labelled), and an arrowhead shows a direction that \
            two thirds of the statements take. --edges all draws one edge per relation instead. Dashed edges \
            were always negated, and a legend explains the styles. Hovering a \
            node shows its type and aliases; hovering an edge shows its evidence sentences and their articles. \
            A .html output is one self-contained page (no network access) with search, neighbourhood and \
            shortest-path highlighting, an evidence panel, zoom and pan, and filters by relation class, minimum \
            statements, actor type and a range of months; above \(ViewerSummary.threshold) actors it draws one node per community \
            (the \(ViewerSummary.limit) largest) and a click on one draws its actors. \
            Filters apply in this order: --since, --until, --outlet and --document (statements), --relation and --min-count, --type, --focus/--depth, --top. \
            --layout auto uses dot up to the measured limits (300 actors, relations − actors ≤ 100) and sfdp \
            beyond; any engine is swapped for sfdp above those limits. A layout that exceeds --layout-timeout \
            starts again with sfdp; when sfdp itself runs out of time the command stops with advice instead of \
            hanging.
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write: .svg, .png, .pdf or .html (interactive viewer).", valueName: "file"))
    var output: String

    @OptionGroup var statements: StatementOptions

    @OptionGroup var view: ViewOptions

    @OptionGroup var drawing: DrawingOptions

    @OptionGroup var identity: IdentityOptions

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp or circo.")
    var layout: LayoutChoice = .auto

    @Option(help: ArgumentHelp("Give up (with advice) when the layout takes longer than this; 0 for no bound.", valueName: "seconds"))
    var layoutTimeout: Double = 30

    @Flag(help: "Find communities among the drawn actors (Louvain over pair edges) and outline each community's actors in its own colour.")
    var clusters = false

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    func validate() throws {
        guard layoutTimeout >= 0, layoutTimeout.isFinite else {
            throw ValidationError("--layout-timeout must be 0 or more seconds, not \(layoutTimeout).")
        }
    }

    func run() throws {
        try reportingErrors {
            _ = try DiagramOutput.kind(of: output)
            try AtomicFile.checkWritable(output)
            // A focus or top view of a native file reads the evidence of the part drawn, not all of it.
            let narrow = (view.focus != nil || view.top != nil) && statements.keepsAll && identity.aliases == nil
            var inPlace: KnowledgeGraph?
            if narrow, view.focusesOnly, let focus = view.focus {
                inPlace = try graphOptions.mappedEgoGraph(of: focus, depth: view.depth)
            } else if narrow, view.topsOnly, drawing.pairs, let top = view.top {
                // An empty selection takes the loading path, which words the error.
                inPlace = try graphOptions.mappedConnectedTop(top).flatMap { $0.nodes.isEmpty ? nil : $0 }
            }
            let graph = try inPlace ?? graphOptions.loadView(narrow: narrow) { whole in
                try view.apply(to: try statements.apply(to: try identity.apply(to: whole)), pairs: drawing.pairs)
            }
            var style = drawing.applied(to: .diagram)
            style.legend = !noLegend
            if clusters { style.clusters = graph.communities().map(\.members) }
            // On a timeout the same command runs again with sfdp, which the measurements show
            // fast at every size once edges are straight; a later --layout wins in the parser.
            let diagram = DiagramOutput(layout: layout, timeout: layoutTimeout > 0 ? layoutTimeout : nil, style: style,
                                        fallbackArguments: CommandLine.arguments)
            try diagram.write(graph, to: output, title: title)
        }
    }

    /// The viewer's page title: the graph file's name and the view.
    private var title: String {
        var text = "NewsGraph: " + URL(fileURLWithPath: graphOptions.graph).deletingPathExtension().lastPathComponent
        if let focus = view.focus { text += " around \(focus)" }
        return text
    }
}
