import ArgumentParser
import Graph

/// `newsgraph communities --graph FILE`: groups of actors more joined to each other than to the rest.
struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "List communities of actors (Louvain over pair edges weighted by statements), largest first, with their top actors.",
        discussion: """
            All relations between two actors count as one link weighted by its statements. Text: a header with the \
            number of communities and the modularity, then one line per community: its size, statements inside \
            and to other communities, and its best-connected actors. --format json gives \
            {"communities": [{"actors": [{"key", "name", "type"}], "innerStatements", "outerStatements", "rank", "size"}], \
            "count", "modularity"} with actors best-connected first. Deterministic: the same graph gives the same answer.
            """
    )

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: ArgumentHelp("How many communities to list.", valueName: "k"))
    var top = 10

    @Option(help: ArgumentHelp("How many actors to show per community.", valueName: "n"))
    var names = 8

    @Option(help: ArgumentHelp("Communities are smaller above 1, larger below.", valueName: "r"))
    var resolution = 1.0

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top).") }
        guard names >= 0 else { throw ValidationError("--names must not be negative, not \(names).") }
        guard resolution > 0, resolution.isFinite else { throw ValidationError("--resolution must be above 0, not \(resolution).") }
    }

    /// The JSON answer.
    struct Answer: Encodable {
        struct Actor: Encodable {
            var key, name, type: String
        }
        struct Group: Encodable {
            var rank, size, innerStatements, outerStatements: Int
            var actors: [Actor]
        }
        var count: Int
        var modularity: Double
        var communities: [Group]
    }

    func run() throws {
        try reportingErrors {
            // Communities are found from the structure (edges and their counts): a native file's evidence stays on disk.
            let graph = try graphOptions.load(lazily: true)
            let found = graph.communities(resolution: resolution)
            // Rounded, so the figure is stable across platforms' last-digit differences.
            let modularity = (graph.modularity(of: found, resolution: resolution) * 10_000).rounded() / 10_000
            let groups = found.prefix(top).enumerated().map { index, community in
                Answer.Group(rank: index + 1, size: community.members.count, innerStatements: community.innerStatements,
                             outerStatements: community.outerStatements,
                             actors: community.members.prefix(names).map { id in
                                 let node = graph.nodes[id.index]
                                 return Answer.Actor(key: node.key, name: node.name, type: node.type.rawValue)
                             })
            }
            if format == .json {
                Console.out(try OutputFormat.json(Answer(count: found.count, modularity: modularity, communities: groups)))
                return
            }
            var out = "\(found.count) communit\(found.count == 1 ? "y" : "ies"), modularity \(modularity)\n"
            for group in groups {
                let more = group.size > group.actors.count ? ", …" : ""
                out += "\(group.rank)\t\(group.size) actors\t\(group.innerStatements) inside\t\(group.outerStatements) outside\t"
                    + group.actors.map(\.name).joined(separator: ", ") + more + "\n"
            }
            Console.out(out)
        }
    }
}
