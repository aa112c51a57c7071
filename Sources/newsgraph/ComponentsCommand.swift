import ArgumentParser
import Graph

/// `newsgraph components --graph FILE`: the separate islands of a graph.
struct ComponentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "components",
        abstract: "List the connected components (edge direction ignored), largest first, with their actors.",
        discussion: "One line per component: its size, then its actors by name, tab-separated after the size."
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("How many components to list.", valueName: "n"))
    var top = 10

    @Option(help: ArgumentHelp("How many actor names to show per component.", valueName: "n"))
    var names = 10

    @Option(help: "Output format: text or json (see docs/query-json.md).")
    var format: OutputFormat = .text

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top).") }
        guard names >= 0 else { throw ValidationError("--names must not be negative, not \(names).") }
    }

    func run() throws {
        try reportingErrors {
            // A native file is read in place (the same components); other files are loaded.
            if let mapped = try graphOptions.mapped({ try listing($0.components(), in: $0) }) { return Console.out(mapped) }
            let graph = try graphOptions.load(lazily: true)
            Console.out(try listing(graph.components(), in: graph))
        }
    }

    /// The first `--top` components as text lines or JSON, each with up to `--names` actors by name.
    private func listing(_ components: [[NodeID]], in graph: some QuerySource) throws -> String {
        if format == .json {
            let listed = components.prefix(top).map { component in
                let actors = component.sorted { (graph.actorName($0).lowercased(), $0) < (graph.actorName($1).lowercased(), $1) }
                return QueryJSON.Components.Component(size: component.count,
                                                      actors: actors.prefix(names).map { QueryJSON.Actor($0, in: graph) })
            }
            return try OutputFormat.json(QueryJSON.Components(count: components.count, components: listed))
        }
        var out = "\(components.count) component\(components.count == 1 ? "" : "s")\n"
        for component in components.prefix(top) {
            let sorted = component.map { graph.actorName($0) }.sorted { $0.lowercased() < $1.lowercased() }
            let more = sorted.count > names ? ", …" : ""
            out += "\(component.count)\t\(sorted.prefix(names).joined(separator: ", "))\(more)\n"
        }
        return out
    }
}
