import ArgumentParser
import Foundation
import Graph

/// `newsgraph merge A.json B.json… -o OUT.json`: unite graphs from separate runs.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graph files (.json or .dot) into one: actors unite by name or alias, equal relations add up.",
        discussion: "Inputs merge in the order given; the output extension picks the format, as for `export`."
    )

    @Argument(help: ArgumentHelp("The graphs to merge (.json or .dot).", valueName: "graph"))
    var graphs: [String]

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The merged graph file to write.", valueName: "file"))
    var output: String

    func validate() throws {
        guard !graphs.isEmpty else { throw ValidationError("Give at least one graph file to merge.") }
    }

    func run() throws {
        try reportingErrors {
            _ = try GraphFileKind(path: output, allowed: GraphFileKind.exportable)
            try AtomicFile.checkWritable(output)
            var merged = KnowledgeGraph()
            for path in graphs { merged.merge(try GraphStore.load(path)) }
            try GraphStore.save(merged, to: output)
            let actors = merged.nodes.count, relations = merged.edges.count
            Console.error("wrote \(output): \(actors) actor\(actors == 1 ? "" : "s"), \(relations) relation\(relations == 1 ? "" : "s")")
        }
    }
}
