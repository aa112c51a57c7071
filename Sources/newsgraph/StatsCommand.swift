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
            // Read in place from a native file; the same figures as the loaded graph's.
            let stats = try graphOptions.mapped { $0.stats(top: top) } ?? graphOptions.load(lazily: true).stats(top: top)
            if format == .json {
                Console.out(try OutputFormat.json(QueryJSON.Stats(stats)))
                return
            }
            Console.out(stats.lines.map { $0 + "\n" }.joined())
        }
    }
}
