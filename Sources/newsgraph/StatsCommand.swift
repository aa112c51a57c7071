import ArgumentParser
import Graph

/// `newsgraph stats --graph FILE`: summary figures.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a graph: actors, relations, statements, components, types and best-connected actors."
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("How many top actors to list.", valueName: "n"))
    var top = 10

    @Option(help: "Output format: text or json (see docs/query-json.md).")
    var format: OutputFormat = .text

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must not be negative, not \(top).") }
    }

    func run() throws {
        try reportingErrors {
            let graph = try graphOptions.load(lazily: true)
            if format == .json {
                Console.out(try OutputFormat.json(QueryJSON.Stats(graph.stats(top: top))))
                return
            }
            Console.out(graph.stats(top: top).lines.map { $0 + "\n" }.joined())
        }
    }
}
