import Foundation
@preconcurrency import CGraphviz
import Graph

/// The one owner of every libcgraph/libgvc call in the process (Graphviz 2.42/2.43 is not
/// thread-safe, even across separate graphs), holding the single GVC context.
///
/// Every public method takes one lock around its whole C call sequence, so callers may use
/// the engine from any thread or task; calls simply queue.
public final class GraphvizEngine: @unchecked Sendable {
    /// The process-wide engine.
    public static let shared = GraphvizEngine()

    /// Serialises all C calls; guards `context` and `GraphvizMessages`.
    private let lock = NSLock()
    /// The GVC context: created on first use (gvContext, which loads the installed plugin
    /// configuration) and kept for the life of the process, so plugins load once.
    private var context: OpaquePointer?

    private init() {}

    /// DOT text for `graph`, written by libcgraph's agwrite. Deterministic: nodes are
    /// `n<index>` in NodeID order, edges are keyed `e<index>` and created in EdgeID order
    /// (agwrite groups edges under their tail node).
    public func dot(for graph: KnowledgeGraph) throws -> String {
        try withGraphviz { _ in
            let agraph = try DOTWriter.makeAgraph(graph)
            defer { agclose(agraph) }
            return try DOTWriter.write(agraph)
        }
    }

    /// The version of the Graphviz library in use, e.g. "2.43.0".
    public func graphvizVersion() throws -> String {
        try withGraphviz { gvc in
            guard let version = gvcVersion(gvc) else { return "unknown" }
            return String(cString: version)
        }
    }

    /// Reads DOT text through libcgraph's agmemread back into a graph. NewsGraph's own DOT
    /// comes back equal to the graph it was written from; DOT from other tools is read with
    /// labels as names, `.other` types and edge labels as relations (default "related to").
    public func graph(fromDOT text: String) throws -> KnowledgeGraph {
        try withGraphviz { _ in
            let agraph = try DOTReader.parse(text)
            defer { agclose(agraph) }
            return try DOTReader.knowledgeGraph(from: agraph)
        }
    }

    /// Lays out and renders `graph` in-process through libgvc; see `rendering(of:format:layout:)`
    /// for the engine actually used and any notices.
    public func render(_ graph: KnowledgeGraph, format: RenderFormat, layout: LayoutEngine = .dot) throws -> [UInt8] {
        try rendering(of: graph, format: format, layout: layout).bytes
    }

    /// Lays out and renders `graph`. Above `limits` (see `LayoutLimits` for the measurements)
    /// dot and circo give way to sfdp and edges are drawn straight, said in `notices`, so a
    /// render never stalls for minutes.
    public func rendering(of graph: KnowledgeGraph, format: RenderFormat, layout: LayoutEngine = .dot,
                          limits: LayoutLimits = .measured) throws -> Rendering {
        try renderLocked(format: format, layout: layout, limits: limits) {
            try DOTWriter.makeAgraph(graph)
        }
    }

    /// Renders DOT text (e.g. a file written by `dot(for:)` or another tool) as it is,
    /// with the same engine policy as `rendering(of:format:layout:)`.
    public func rendering(ofDOT text: String, format: RenderFormat, layout: LayoutEngine = .dot,
                          limits: LayoutLimits = .measured) throws -> Rendering {
        try renderLocked(format: format, layout: layout, limits: limits) {
            try DOTReader.parse(text)
        }
    }

    /// The picture bytes for DOT text; see `rendering(ofDOT:format:layout:)` for notices.
    public func render(dotText text: String, format: RenderFormat, layout: LayoutEngine = .dot) throws -> [UInt8] {
        try rendering(ofDOT: text, format: format, layout: layout).bytes
    }

    /// Makes an Agraph and renders it, all under the lock.
    func renderLocked(format: RenderFormat, layout: LayoutEngine, limits: LayoutLimits, uncounted: Int = 0,
                      make: () throws -> UnsafeMutablePointer<Agraph_t>) throws -> Rendering {
        try withGraphviz { gvc in
            let agraph = try make()
            defer { agclose(agraph) }
            return try GraphRenderer.render(agraph, context: gvc, format: format, layout: layout,
                                            limits: limits, uncounted: uncounted)
        }
    }

    /// Runs `body` holding the lock, with the process's GVC context and a fresh message buffer.
    private func withGraphviz<Result>(_ body: (OpaquePointer) throws -> Result) throws -> Result {
        lock.lock()
        defer { lock.unlock() }
        let gvc = try sharedContext()
        GraphvizMessages.reset()
        return try body(gvc)
    }

    /// The GVC context; caller holds the lock.
    private func sharedContext() throws -> OpaquePointer {
        if let context { return context }
        GraphvizMessages.install()
        guard let created = gvContext() else {
            throw GraphvizError.internalError(GraphvizMessages.summary(or: "gvContext() failed"))
        }
        context = created
        return created
    }
}
