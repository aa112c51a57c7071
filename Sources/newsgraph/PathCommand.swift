import ArgumentParser
import Graph

/// `newsgraph path FROM TO --graph FILE`: how two actors are connected.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chain of relations between two actors, with the sentence behind each hop.",
        discussion: """
            Names match actor names and aliases, ignoring case. Exit status: 0 when a path is found, \
            1 when there is none, 2 for an unknown actor (the closest known names are suggested).
            """
    )

    @Argument(help: "The actor to start from.")
    var from: String

    @Argument(help: "The actor to reach.")
    var to: String

    @OptionGroup var graphOptions: GraphOptions

    @Flag(help: "Follow edges only in their direction (subject to object).")
    var directed = false

    @Option(help: ArgumentHelp("Give up on paths longer than this many hops.", valueName: "n"))
    var maxHops: Int?

    @Flag(help: "Print every shortest path (at most \(KnowledgeGraph.defaultPathLimit)), not just the first.")
    var all = false

    func validate() throws {
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1, not \(maxHops).") }
    }

    func run() throws {
        try reportingErrors {
            let graph = try graphOptions.load()
            let source = try graph.resolve(from), target = try graph.resolve(to)
            let limit = all ? KnowledgeGraph.defaultPathLimit : 1
            // One path more than shown tells whether the list was cut short.
            var paths = graph.allShortestPaths(from: source, to: target, directed: directed, maxHops: maxHops, limit: limit + 1)
            let truncated = paths.count > limit
            paths = Array(paths.prefix(limit))
            guard !paths.isEmpty else {
                let names = (graph.nodes[source.index].name, graph.nodes[target.index].name)
                let within = maxHops.map { " within \($0) hop\($0 == 1 ? "" : "s")" } ?? ""
                throw CLIError("\(GraphError.noPath(from: names.0, to: names.1))\(directed ? " following edge direction" : "")\(within)")
            }
            var lines: [String] = []
            for (index, path) in paths.enumerated() {
                if all {
                    if index > 0 { lines.append("") }
                    lines.append("path \(index + 1) (\(path.hops.count) hop\(path.hops.count == 1 ? "" : "s")):")
                }
                lines += path.hops.isEmpty ? ["'\(from)' and '\(to)' both name \(graph.nodes[source.index].name)"] : graph.describe(path)
            }
            if all, truncated { lines.append("(there are more shortest paths; showing the first \(limit))") }
            Console.out(lines.map { $0 + "\n" }.joined())
        }
    }
}
