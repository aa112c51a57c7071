@preconcurrency import CGraphviz
import Graph

/// Layout engines NewsGraph offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo
}

/// Picture formats rendered by libgvc.
public enum RenderFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
}

/// The one owner of every libcgraph/libgvc call in the process (Graphviz 2.42 is not
/// thread-safe, even across separate graphs), holding the single GVC context.
public final class GraphvizEngine: @unchecked Sendable {
    /// The process-wide engine.
    public static let shared = GraphvizEngine()

    private init() {}

    /// DOT text for `graph`, written by libcgraph's agwrite.
    public func dot(for graph: KnowledgeGraph) throws -> String {
        throw GraphvizError.internalError("not implemented yet")
    }

    /// Reads DOT text through libcgraph's agmemread back into a graph.
    public func graph(fromDOT text: String) throws -> KnowledgeGraph {
        throw GraphvizError.internalError("not implemented yet")
    }

    /// Lays out and renders `graph` in-process through libgvc.
    public func render(_ graph: KnowledgeGraph, format: RenderFormat, layout: LayoutEngine = .dot) throws -> [UInt8] {
        throw GraphvizError.internalError("not implemented yet")
    }
}
