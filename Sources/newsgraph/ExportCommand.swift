import ArgumentParser
import Foundation
import Graph

/// `newsgraph export --graph FILE -o OUT.ext`: convert a graph to another tool's format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a graph in a format other tools read; the output extension picks the format.",
        discussion: """
            .json NewsGraph's lossless format; .dot Graphviz; .graphml GraphML (networkx, Gephi, yEd, Cytoscape); \
            .nt RDF N-Triples and .ttl Turtle (IRIs under https://newsgraph.invalid/: actor/<slug>, relation/<slug>, \
            statement/<s>/<r>/<o> reified with count, negation and evidence); .csv Neo4j admin-import files \
            (NAME.csv writes NAME.nodes.csv, NAME.relationships.csv and NAME.import.cypher; a folder DIR/ gets \
            nodes.csv, relationships.csv, import.cypher); .mmd Mermaid flowchart; .jsonl one triple per line with \
            the fields of `extract --format jsonl`. Files are written whole or not at all.
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var statements: StatementOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write (.ngraph, .json, .dot, .graphml, .nt, .ttl, .csv, .mmd, .jsonl) or a folder DIR/ for Neo4j CSV.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Export only the actors within --depth hops of this actor (edge direction ignored), and the edges among them.", valueName: "actor"))
    var focus: String?

    @Option(help: ArgumentHelp("Hops around --focus to keep.", valueName: "n"))
    var depth = 1

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must not be negative, not \(depth).") }
    }

    func run() throws {
        try reportingErrors {
            let neo4jFolder = output.hasSuffix("/") || isDirectory(output)
            if !neo4jFolder {
                _ = try GraphFileKind(path: output, allowed: GraphFileKind.exportable)
                try AtomicFile.checkWritable(output)
            }
            // A focus of a native file reads the evidence of the part exported, not all of it.
            let narrow = focus != nil && statements.keepsAll
            let inPlace = try narrow ? focus.flatMap { try graphOptions.mappedEgoGraph(of: $0, depth: depth) } : nil
            let graph = try inPlace ?? graphOptions.loadView(narrow: narrow) { whole in
                let kept = try statements.apply(to: whole)
                guard let focus else { return kept }
                return kept.egoGraph(of: try statements.locate(focus, in: whole, view: kept), depth: depth)
            }
            if neo4jFolder {
                try GraphStore.saveNeo4j(graph, files: GraphStore.neo4jFiles(for: output))
            } else {
                try GraphStore.save(graph, to: output)
            }
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
