import ArgumentParser
import Graph

/// `newsgraph rank --graph FILE [--by degree|pagerank] [--top N]`: the most central actors.
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank actors by degree or by PageRank (edges weighted by how often they were stated).",
        discussion: "One line per actor: rank, score, name and type, tab-separated."
    )

    enum Measure: String, ExpressibleByArgument, CaseIterable {
        case degree, pagerank
    }

    @OptionGroup var graphOptions: GraphOptions

    @Option(help: "What to rank by: degree or pagerank.")
    var by: Measure = .degree

    @Option(help: ArgumentHelp("How many actors to list.", valueName: "n"))
    var top = 10

    @Option(help: "Output format: text or json (see docs/query-json.md).")
    var format: OutputFormat = .text

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, not \(top).") }
    }

    func run() throws {
        try reportingErrors {
            // A native file is ranked in place (the same scores, bit for bit); other files are loaded.
            let mapped = try graphOptions.mapped { graph in
                try listing(by == .degree ? graph.rankByDegree() : graph.rankByPageRank(), in: graph)
            }
            if let mapped { return Console.out(mapped) }
            let graph = try graphOptions.load(lazily: true)
            Console.out(try listing(by == .degree ? graph.rankByDegree() : graph.rankByPageRank(), in: graph))
        }
    }

    /// The top of `ranked` as text lines or JSON.
    private func listing(_ ranked: [KnowledgeGraph.Ranked], in graph: some QuerySource) throws -> String {
        if format == .json {
            let entries = ranked.prefix(top).enumerated().map { index, entry in
                QueryJSON.Ranking.Entry(rank: index + 1, score: entry.score, actor: QueryJSON.Actor(entry.node, in: graph))
            }
            return try OutputFormat.json(QueryJSON.Ranking(by: by.rawValue, actors: entries))
        }
        var out = ""
        for (index, entry) in ranked.prefix(top).enumerated() {
            let score = by == .degree ? String(Int(entry.score)) : Self.fixed(entry.score, digits: 6)
            out += "\(index + 1)\t\(score)\t\(graph.actorName(entry.node))\t\(graph.actorType(entry.node).rawValue)\n"
        }
        return out
    }

    /// `value` with exactly `digits` decimals, independent of locale and float printing.
    static func fixed(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = String(scaled / Int(scale)), fraction = String(scaled % Int(scale))
        return whole + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
