/// Errors from Graphviz; each case carries what Graphviz or the caller said was wrong.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// agmemread rejected the DOT text; carries Graphviz's own message.
    case malformedDOT(String)
    /// gvLayout failed for the named engine.
    case layoutFailed(engine: String, message: String)
    /// gvRender failed for the named format.
    case renderFailed(format: String, message: String)
    /// The layout engine name is not one Graphviz knows.
    case unknownLayout(String)
    /// The output format is not one NewsGraph renders.
    case unknownFormat(String)
    /// Any other failure inside libcgraph or libgvc.
    case internalError(String)

    public var description: String {
        switch self {
        case let .malformedDOT(message): return "malformed DOT: \(message)"
        case let .layoutFailed(engine, message): return "layout with \(engine) failed: \(message)"
        case let .renderFailed(format, message): return "rendering \(format) failed: \(message)"
        case let .unknownLayout(name): return "unknown layout engine '\(name)' (use dot, neato, fdp, sfdp or circo)"
        case let .unknownFormat(name): return "unknown output format '\(name)' (use svg, png or pdf)"
        case let .internalError(message): return "graphviz: \(message)"
        }
    }
}
