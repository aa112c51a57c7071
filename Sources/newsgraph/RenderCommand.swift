import ArgumentParser
import Graph
import Graphviz

/// `newsgraph render --graph FILE -o OUT`: draw a stored graph.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph file (.json or .dot) as SVG, PNG or PDF through Graphviz."
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The picture to write (.svg, .png or .pdf).", valueName: "file"))
    var output: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp or circo.")
    var layout: LayoutEngine = .dot

    func run() throws {
        try reportingErrors {
            _ = try GraphFileKind(path: output, allowed: [.svg, .png, .pdf])
            try AtomicFile.checkWritable(output)
            let graph = try graphOptions.load()
            try GraphStore.save(graph, to: output, layout: layout)
        }
    }
}
