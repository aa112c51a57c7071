import ArgumentParser
import Extraction
import Foundation
import Graph

/// `newsgraph path FROM TO --graph FILE`: how two actors are connected.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chain of relations between two actors, with the sentence behind each hop.",
        discussion: """
            Names match actor names and aliases, ignoring case. --relation, --type and --avoid restrict the \
            edges and the actors a path passes through (its ends are always allowed). --k N lists up to N simple \
            paths, shortest first, within --max-hops (default \(PathCommand.defaultSimplePathHops)). --pairs FILE \
            answers one FROM<TAB>TO query per line (blank lines and # comments skipped). Exit status: 0 when every \
            path is found, 1 when one is missing, 2 for an unknown actor (the closest known names are suggested; \
            with --pairs an unknown name is reported on its line and the status is 1).
            """
    )

    static let defaultSimplePathHops = 6

    @Argument(help: "The actor to start from.")
    var from: String?

    @Argument(help: "The actor to reach.")
    var to: String?

    @OptionGroup var graphOptions: GraphOptions

    @OptionGroup var statements: StatementOptions

    @Flag(help: "Follow edges only in their direction (subject to object).")
    var directed = false

    @Option(help: ArgumentHelp("Give up on paths longer than this many hops.", valueName: "n"))
    var maxHops: Int?

    @Flag(help: "Print every shortest path (at most \(KnowledgeGraph.defaultPathLimit)), not just the first.")
    var all = false

    @Option(help: ArgumentHelp("List up to this many simple paths, shortest first (within --max-hops).", valueName: "n"))
    var k: Int?

    @Option(name: .customLong("relation"), help: ArgumentHelp("Only follow edges with this relation (repeatable).", valueName: "relation"))
    var relations: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp("Only pass through actors of this type (repeatable): \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("avoid"), help: ArgumentHelp("Never pass through this actor (repeatable).", valueName: "actor"))
    var avoided: [String] = []

    @Option(help: ArgumentHelp("Answer one FROM<TAB>TO query per line of this file (- for stdin).", valueName: "file"))
    var pairs: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Also draw the path(s) highlighted inside their neighbourhood (.svg, .png, .pdf or .html).", valueName: "file"))
    var output: String?

    @OptionGroup var drawing: DrawingOptions

    @Option(help: "Output format: text or json (one query; see docs/query-json.md).")
    var format: OutputFormat = .text

    func validate() throws {
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1, not \(maxHops).") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1, not \(k).") }
        if k != nil, all { throw ValidationError("--k and --all cannot be combined.") }
        if format == .json, pairs != nil { throw ValidationError("--format json answers one query; it cannot be combined with --pairs.") }
        if output != nil, pairs != nil { throw ValidationError("-o draws one query's paths; it cannot be combined with --pairs.") }
        for type in types where EntityType(rawValue: type) == nil {
            throw ValidationError("--type '\(type)' is not one of \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        switch (from, to, pairs) {
        case (.some, .some, nil), (nil, nil, .some): break
        case (_, _, .some): throw ValidationError("Give either FROM and TO or --pairs FILE, not both.")
        default: throw ValidationError("Give the two actors FROM and TO (or --pairs FILE).")
        }
    }

    func run() throws {
        try reportingErrors {
            try PathDiagram.check(output)
            if let answer = try mappedAnswer() {
                Console.out(answer)
                return
            }
            // A drawing and a statement filter read every edge's evidence; a plain query only its hops'.
            let whole = try graphOptions.load(lazily: output == nil && statements.keepsAll)
            let graph = try statements.apply(to: whole)
            let filter = try pathFilter(in: graph)
            if let pairs {
                let allFound = try answerPairs(in: graph, file: pairs, filter: filter)
                if !allFound { throw ExitCode(ExitStatus.failure) }
                return
            }
            guard let from, let to else { return }
            let source = try statements.locate(from, in: whole, view: graph), target = try statements.locate(to, in: whole, view: graph)
            if format == .json {
                let paths = try found(in: graph, from: source, to: target, filter: filter).paths
                Console.out(try OutputFormat.json(try QueryJSON.Paths(paths, from: source, to: target, in: graph)))
                return
            }
            Console.out(try lines(in: graph, from: source, to: target, names: (from, to), filter: filter).map { $0 + "\n" }.joined())
        }
    }

    /// The filter the options describe; avoided names must exist.
    func pathFilter(in graph: KnowledgeGraph) throws -> PathFilter {
        PathFilter(relations: relations.isEmpty ? nil : Set(relations),
                   types: types.isEmpty ? nil : Set(types.compactMap(EntityType.init(rawValue:))),
                   avoid: Set(try avoided.map { try graph.resolve($0) }))
    }

    /// The answer for one pair, as lines; throws `CLIError` (status 1) when no path exists.
    func lines(in graph: KnowledgeGraph, from source: NodeID, to target: NodeID, names: (String, String),
               filter: PathFilter) throws -> [String] {
        let (paths, truncated) = try found(in: graph, from: source, to: target, filter: filter)
        var lines: [String] = []
        let numbered = all || k != nil
        for (index, path) in paths.enumerated() {
            if numbered {
                if index > 0 { lines.append("") }
                lines.append("path \(index + 1) (\(path.hops.count) hop\(path.hops.count == 1 ? "" : "s")):")
            }
            lines += path.hops.isEmpty ? ["'\(names.0)' and '\(names.1)' both name \(graph.nodes[source.index].name)"] : graph.describe(path)
        }
        if all, truncated { lines.append("(there are more shortest paths; showing the first \(KnowledgeGraph.defaultPathLimit))") }
        return lines
    }

    /// The paths the options ask for (drawn to -o when given), and whether --all was cut short;
    /// throws `CLIError` (status 1) when no path exists.
    func found(in graph: KnowledgeGraph, from source: NodeID, to target: NodeID,
               filter: PathFilter) throws -> (paths: [GraphPath], truncated: Bool) {
        let paths: [GraphPath]
        var truncated = false
        if let k {
            paths = graph.simplePaths(from: source, to: target, k: k, maxHops: maxHops ?? Self.defaultSimplePathHops,
                                      directed: directed, filter: filter)
        } else if all {
            let limit = KnowledgeGraph.defaultPathLimit
            // One path more than shown tells whether the list was cut short.
            let found = graph.allShortestPaths(from: source, to: target, directed: directed, maxHops: maxHops, limit: limit + 1, filter: filter)
            truncated = found.count > limit
            paths = Array(found.prefix(limit))
        } else {
            paths = graph.shortestPath(from: source, to: target, directed: directed, maxHops: maxHops, filter: filter).map { [$0] } ?? []
        }
        guard !paths.isEmpty else {
            throw noPath(between: (graph.nodes[source.index].name, graph.nodes[target.index].name), filtered: filter != .none)
        }
        try PathDiagram.write(graph, paths: paths, to: output, drawing: drawing.applied(to: .diagram))
        return (paths, truncated)
    }

    /// The error for two actors no path joins under the options.
    func noPath(between ends: (String, String), filtered: Bool) -> CLIError {
        let hops = k == nil ? maxHops : (maxHops ?? Self.defaultSimplePathHops)
        let within = hops.map { " within \($0) hop\($0 == 1 ? "" : "s")" } ?? ""
        return CLIError("\(GraphError.noPath(from: ends.0, to: ends.1))\(directed ? " following edge direction" : "")\(within)\(filtered ? " with the given filters" : "")")
    }

    /// The answer to one plain query (one shortest path as text, no filter, no drawing) read from a
    /// native file in place; nil when the query is not plain, the graph is not a native file, or an
    /// actor is not plain to find (the loaded graph then words the error).
    func mappedAnswer() throws -> String? {
        guard let from, let to, pairs == nil, output == nil, k == nil, !all, statements.keepsAll,
              relations.isEmpty, types.isEmpty, avoided.isEmpty else { return nil }
        return try graphOptions.mapped { view in
            guard let source = view.plainNode(named: from), let target = view.plainNode(named: to) else { return nil }
            guard let path = view.shortestPath(from: source, to: target, directed: directed, maxHops: maxHops) else {
                throw noPath(between: (view.nodeName(source), view.nodeName(target)), filtered: false)
            }
            if format == .json { return try OutputFormat.json(try QueryJSON.Paths([path], from: source, to: target, in: view)) }
            let lines = path.hops.isEmpty ? ["'\(from)' and '\(to)' both name \(view.nodeName(source))"] : view.describe(path)
            return lines.map { $0 + "\n" }.joined()
        }
    }
}
