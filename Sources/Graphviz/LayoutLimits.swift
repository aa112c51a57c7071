/// Graph sizes above which a layout would stall, and what the renderer does instead.
///
/// Measured with Graphviz 2.43 on the 2-core development machine, on seeded random graphs
/// with labelled edges and NewsGraph's graph attributes (`dot -K<engine> -Tsvg`, wall time):
///
/// | graph (nodes × out-edges) | dot    | sfdp, splines=true | sfdp, splines=line |
/// |---------------------------|--------|--------------------|--------------------|
/// | 60 × 3                    | 0.7 s  |                    |                    |
/// | 80 × 3                    | 3.8 s  |                    |                    |
/// | 100 × 3                   | 7.4 s  | 1.1 s              |                    |
/// | 150 × 3                   | > 60 s | 3.2 s              | 0.09 s             |
/// | 120 × 2                   | 1.3 s  |                    |                    |
/// | 400 × 3                   |        | 64 s               | 0.15 s             |
///
/// At 150 × 3, neato took 5.8 s, fdp 3.5 s and circo 32 s with splines=true. dot's cost
/// follows the edge count more than the node count (200 × 1 takes 0.02 s), hence two limits.
public struct LayoutLimits: Sendable, Equatable {
    /// Above this many nodes, dot and circo give way to sfdp and edges are drawn straight.
    public var nodes: Int
    /// Above this many edges, likewise.
    public var edges: Int

    public init(nodes: Int, edges: Int) {
        self.nodes = nodes
        self.edges = edges
    }

    /// The limits measured above: dot stays under about 1.5 s within them.
    public static let measured = LayoutLimits(nodes: 120, edges: 200)

    /// No limits: always use the requested engine as configured (may take minutes).
    public static let none = LayoutLimits(nodes: .max, edges: .max)

    /// True when a graph of this size is above the limits.
    public func exceeded(nodes nodeCount: Int, edges edgeCount: Int) -> Bool {
        nodeCount > nodes || edgeCount > edges
    }
}
