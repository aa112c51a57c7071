import Foundation
import ArgumentParser
import Extraction
import Graph
import Graphviz

/// `newsgraph build PATH... -o FILE`: extract and merge into one graph file.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Extract triples from articles and merge them into one actor graph file.",
        discussion: """
            The output extension picks the format: .json (NewsGraph's lossless format), .dot, or a picture \
            rendered by Graphviz (.svg, .png, .pdf). The file is written whole or not at all.
            """
    )

    @OptionGroup var articles: ArticleOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The graph file to write (.json, .dot, .svg, .png or .pdf).", valueName: "file"))
    var output: String

    @Flag(help: "Merge into the graph already in the output file (.json or .dot) instead of replacing it.")
    var append = false

    @Option(help: "Layout engine for pictures: dot, neato, fdp, sfdp or circo.")
    var layout: LayoutEngine = .dot

    func run() throws {
        try reportingErrors {
            // Everything about the output is checked before any article is read.
            let kind = try GraphFileKind(path: output)
            if append, kind.renderFormat != nil {
                throw CLIError("--append needs a .json or .dot output, not \(output)", status: ExitStatus.usage)
            }
            try AtomicFile.checkWritable(output)
            let inputs = try articles.collect()
            var graph = KnowledgeGraph()
            if append, FileManager.default.fileExists(atPath: output) { graph = try GraphStore.load(output) }
            let source = try TripleSource(mode: articles.mode, sentencePerLine: false)
            for input in inputs {
                graph.add(try source.triples(in: try ArticleReader.text(of: input), document: input.name))
            }
            if graph.edges.isEmpty { Console.error("warning: no relations between actors were found in the input") }
            try GraphStore.save(graph, to: output, layout: layout)
            let actors = graph.nodes.count, relations = graph.edges.count
            Console.error("wrote \(output): \(actors) actor\(actors == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")")
        }
    }
}

extension LayoutEngine: ExpressibleByArgument {}
