import ArgumentParser
import Graph

/// `newsgraph neighbors ACTOR --graph FILE`: an actor's surroundings.
struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the actors within a few hops of an actor, with the relations that reach them.",
        discussion: "Exit status: 0 on success, 1 on unreadable graphs, 2 for an unknown actor (closest names suggested)."
    )

    @Argument(help: "The actor at the centre.")
    var actor: String

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var statements: StatementOptions

    @Option(help: ArgumentHelp("How many hops out to go.", valueName: "n"))
    var depth = 1

    @Flag(help: "Follow edges only in their direction (subject to object).")
    var directed = false

    @Option(help: "Output format: text or json (see docs/query-json.md).")
    var format: OutputFormat = .text

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1, not \(depth).") }
    }

    func run() throws {
        try reportingErrors {
            // Answered from a native file in place when the actor is plain to find.
            if statements.keepsAll, let answer = try graphOptions.mapped({ view in
                try view.plainNode(named: actor).map { center in
                    format == .json ? try OutputFormat.json(QueryJSON.Neighborhood(of: center, depth: depth, directed: directed, in: view))
                        : view.describeNeighborhood(of: center, depth: depth, directed: directed).map { $0 + "\n" }.joined()
                }
            }) {
                Console.out(answer)
                return
            }
            let whole = try graphOptions.load(lazily: statements.keepsAll)
            let graph = try statements.apply(to: whole)
            let center = try statements.locate(actor, in: whole, view: graph)
            if format == .json {
                Console.out(try OutputFormat.json(QueryJSON.Neighborhood(of: center, depth: depth, directed: directed, in: graph)))
                return
            }
            Console.out(graph.describeNeighborhood(of: center, depth: depth, directed: directed).map { $0 + "\n" }.joined())
        }
    }
}
