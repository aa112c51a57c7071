import ArgumentParser
import Extraction
import Graph
import Graphviz

/// The options that choose which part of a graph to draw, applied in the order listed.
struct ViewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep only these relations (repeatable): an exact relation (\"lift sanctions on\") or a relation class (statement, consult, cooperate, demand, sanction, coerce, unclassified).", valueName: "relation"))
    var relation: [String] = []

    @Option(help: ArgumentHelp("Keep only pairs of actors stated together at least this many times (with --edges all: relations stated at least this many times).", valueName: "k"))
    var minCount: Int = 1

    @Option(help: ArgumentHelp("Keep only actors of these types (repeatable).", valueName: "type"))
    var type: [EntityType] = []

    @Option(help: ArgumentHelp("Draw only this actor's neighbourhood.", valueName: "actor"))
    var focus: String?

    @Option(help: ArgumentHelp("Hops around --focus to include.", valueName: "n"))
    var depth: Int = 1

    @Option(help: ArgumentHelp("Keep only n best-connected actors that hang together: the hub of the largest connected part, then whoever is joined to those chosen and has the most partners (with --edges all: the n actors with the most relations).", valueName: "n"))
    var top: Int?

    func validate() throws {
        if minCount < 1 { throw ValidationError("--min-count must be at least 1, not \(minCount).") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more, not \(depth).") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top).") }
        for name in relation where name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--relation must not be empty.")
        }
    }

    /// True when --focus (with its --depth) is the only view option given.
    var focusesOnly: Bool { focus != nil && top == nil && keepsAllEdgesAndTypes }

    /// True when --top is the only view option given.
    var topsOnly: Bool { top != nil && focus == nil && keepsAllEdgesAndTypes }

    /// True when no --relation, --min-count or --type option narrows the graph.
    private var keepsAllEdgesAndTypes: Bool { relation.isEmpty && minCount == 1 && type.isEmpty }

    /// True when any option narrows the graph.
    var narrows: Bool { !relation.isEmpty || minCount > 1 || !type.isEmpty || focus != nil || top != nil }

    /// The part of `graph` to draw: relation and count filters, type filter, focus
    /// neighbourhood, then the best-connected actors. With `pairs` (diagrams that draw pair
    /// edges) --min-count counts a pair's statements together and --top picks a connected set.
    /// Fails when nothing is left.
    /// - Complexity: O(V log V + E log E) per step; --top with pairs O(n · V) more.
    func apply(to graph: KnowledgeGraph, pairs: Bool = false) throws -> KnowledgeGraph {
        // Views keep each node's identity key, so the centre is found again by key, never by name.
        let center = try focus.map { graph.nodes[try graph.resolve($0).index].key }
        var view = graph
        if !relation.isEmpty || minCount > 1 {
            let wanted = try relationMatcher(for: graph)
            let keepCenter = Set(center.flatMap { graph.node(key: $0) }.map { [$0] } ?? [])
            let perEdgeMinimum = pairs ? 1 : minCount
            view = view.filteringEdges(alsoKeep: keepCenter) { $0.count >= perEdgeMinimum && wanted($0.relation) }
            // The pair total is taken over the relations --relation kept, so both filters compose.
            if pairs, minCount > 1 {
                view = view.filteringPairs(minimum: minCount, alsoKeep: Set(center.flatMap { view.node(key: $0) }.map { [$0] } ?? []))
            }
        }
        if !type.isEmpty { view = view.filteringTypes(Set(type)) }
        if let center {
            guard let id = view.node(key: center) else {
                throw CLIError("\(focus ?? center) is not left in the graph after --relation, --min-count and --type")
            }
            view = view.egoGraph(of: id, depth: depth)
        }
        if let top { view = pairs ? view.connectedTop(top) : view.mostConnected(top) }
        guard !view.nodes.isEmpty else { throw CLIError("nothing is left to draw after the filters") }
        return view
    }

    /// A test for relation strings: each `--relation` is a class name or label, else an exact
    /// relation (ignoring case) that must occur in the graph.
    private func relationMatcher(for graph: KnowledgeGraph) throws -> (String) -> Bool {
        guard !relation.isEmpty else { return { _ in true } }
        var classes: Set<RelationClass> = []
        var exact: Set<String> = []
        let known = Set(graph.relationNames.map { $0.lowercased() })
        for name in relation {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let relationClass = RelationClass.allCases.first(where: { $0.rawValue == key || $0.label == key }) {
                classes.insert(relationClass)
            } else if known.contains(key) {
                exact.insert(key)
            } else {
                let classNames = RelationClass.allCases.map(\.rawValue).joined(separator: ", ")
                throw CLIError("no relation '\(name)' in the graph, and it is no relation class (\(classNames))", status: ExitStatus.usage)
            }
        }
        return { relation in
            exact.contains(relation.lowercased()) || (!classes.isEmpty && classes.contains(RelationClass.classify(relation)))
        }
    }
}

extension EntityType: ExpressibleByArgument {}
