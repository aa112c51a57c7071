import ArgumentParser
import Foundation
import Graph

/// `newsgraph merge A.json B.json… -o OUT.json`: unite graphs from separate runs.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graph files (.json or .dot) into one: actors unite by cross-document identity, equal relations add up.",
        discussion: """
            Actors join only on evidence that holds across articles (the same full name, a gazetteer identity, a \
            curated or --aliases variant, a stated acronym), never on surnames or descriptions. The result does \
            not depend on the order of the inputs, and equals `build` of the same articles. The output extension \
            picks the format, as for `export`.
            """
    )

    @Argument(help: ArgumentHelp("The graphs to merge (.json or .dot).", valueName: "graph"))
    var graphs: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The merged graph file to write.", valueName: "file"))
    var output: String

    @OptionGroup var identity: IdentityOptions

    func validate() throws {
        guard !graphs.isEmpty else { throw ValidationError("Give at least one graph file to merge.") }
    }

    func run() throws {
        try reportingErrors {
            _ = try GraphFileKind(path: output, allowed: GraphFileKind.exportable)
            try AtomicFile.checkWritable(output)
            var merged = KnowledgeGraph()
            merged.identity = try identity.rules()
            for path in graphs { merged.merge(try GraphStore.load(path)) }
            merged = merged.canonicalized()
            try GraphStore.save(merged, to: output)
            let actors = merged.nodes.count, relations = merged.edges.count
            Console.error("wrote \(output): \(actors) actor\(actors == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")")
        }
    }
}
