import ArgumentParser
import Graph

/// The `--graph FILE` option shared by the query commands.
struct GraphOptions: ParsableArguments {
    @Option(name: [.customShort("g"), .long], help: ArgumentHelp("The graph to read: a .ngraph or .json file written by `newsgraph build`, or a .dot file.", valueName: "file"))
    var graph: String

    func validate() throws {
        guard !graph.isEmpty else { throw ValidationError("The --graph path must not be empty.") }
    }

    /// The graph the option names; `lazily` leaves a native file's evidence on disk until shown.
    func load(lazily: Bool = false) throws -> KnowledgeGraph { try GraphStore.load(graph, lazily: lazily) }

    /// The graph with every actor's records but, from a native file, no evidence: for commands that
    /// look at actors only.
    func loadActors() throws -> KnowledgeGraph { try GraphStore.load(graph, native: .records) }

    /// The part of the graph `select` cuts from it. With `narrow` (a view that keeps a small part and
    /// reads no statement), a native file's structure alone is loaded, `select` runs on it, and the
    /// evidence and records of what it kept are read in afterwards; otherwise the whole graph is loaded.
    /// Either way the result is the same graph.
    func loadView(narrow: Bool, _ select: (KnowledgeGraph) throws -> KnowledgeGraph) throws -> KnowledgeGraph {
        guard narrow, try GraphFileKind(path: graph, allowed: GraphFileKind.readable) == .ngraph else { return try select(load()) }
        let structure = try load(lazily: true)
        return try structure.provenance(for: select(structure))
    }

    /// The actors within `depth` hops of `focus` and the edges among them, cut from a native file in
    /// place (only their records and evidence are read); nil when the graph is not a native file or
    /// `focus` is not a plain name there, and the caller loads the graph to resolve it as ever.
    func mappedEgoGraph(of focus: String, depth: Int) throws -> KnowledgeGraph? {
        try mapped { graph in try graph.plainNode(named: focus).map { try graph.egoGraph(of: $0, depth: depth) } }
    }

    /// `KnowledgeGraph.connectedTop(count)` cut from a native file in place; nil when it is not one.
    func mappedConnectedTop(_ count: Int) throws -> KnowledgeGraph? {
        try mapped { try $0.connectedTop(count) }
    }

    /// `body`'s answer from a native file read in place (see `MappedGraph`), or nil when the graph
    /// is not a native file or `body` returns nil (it cannot answer that way): the caller then loads
    /// the graph, which gives the same output, errors included.
    func mapped<T>(_ body: (MappedGraph) throws -> T?) throws -> T? {
        guard let native = try GraphStore.openNative(graph) else { return nil }
        return try native.withMapped(body) ?? nil
    }
}
