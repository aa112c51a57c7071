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

    /// `body`'s answer from a native file read in place (see `MappedGraph`), or nil when the graph
    /// is not a native file or `body` returns nil (it cannot answer that way): the caller then loads
    /// the graph, which gives the same output, errors included.
    func mapped<T>(_ body: (MappedGraph) throws -> T?) throws -> T? {
        guard let native = try GraphStore.openNative(graph) else { return nil }
        return try native.withMapped(body) ?? nil
    }
}
