import ArgumentParser
import Graph

/// `--since`, `--until`, `--outlet` and `--document`: which statements a command looks at. One option
/// group so every command words, checks and applies them alike; the filtering itself is
/// `StatementFilter` in the Graph module.
struct StatementOptions: ParsableArguments {
    static let undatedNote = "A statement's date is the time its sentence states (an interval such as \"in February\" counts when it overlaps the range), else its publication date; a statement with neither is dropped by --since and --until."

    @Option(help: ArgumentHelp("Keep only statements dated on or after this day (YYYY-MM-DD). \(undatedNote)", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep only statements dated on or before this day (YYYY-MM-DD); see --since.", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Keep only statements from this outlet (ignoring case).", valueName: "name"))
    var outlet: String?

    @Option(help: ArgumentHelp("Keep only statements from documents whose name or URL contains this text (ignoring case).", valueName: "text"))
    var document: String?

    /// The filter the options describe; a malformed date is a usage error naming the option and its value.
    func filter() throws -> StatementFilter {
        try StatementFilter(since: since, until: until, outlet: outlet, document: document)
    }

    /// True when no option was given, so every statement is kept and none need be read to filter.
    var keepsAll: Bool { since == nil && until == nil && outlet == nil && document == nil }

    /// `graph` with only the kept statements; fails when none is left, naming the options.
    func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
        let filter = try filter()
        guard !filter.keepsAll else { return graph }
        let view = graph.filteringStatements(filter)
        guard !view.edges.isEmpty else { throw CLIError("no statements are left after \(given)") }
        return view
    }

    /// The view's node for the actor `name` names in the whole graph (so an actor filtered away is
    /// reported as such, not as unknown).
    func locate(_ name: String, in graph: KnowledgeGraph, view: KnowledgeGraph) throws -> NodeID {
        let id = try graph.resolve(name)
        guard let kept = view.node(key: graph.nodes[id.index].key) else {
            throw CLIError("\(graph.nodes[id.index].name) has no statements left after \(given)")
        }
        return kept
    }

    /// The options given, as the user wrote them ("--since 2024-02-01 and --outlet Reuters").
    var given: String {
        let parts = [("--since", since), ("--until", until), ("--outlet", outlet), ("--document", document)]
            .compactMap { name, value in value.map { "\(name) \($0)" } }
        return parts.joined(separator: " and ")
    }
}
