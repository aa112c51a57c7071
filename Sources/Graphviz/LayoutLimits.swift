/// Graph sizes above which a layout would stall, and what the renderer does instead.
///
/// Measured with Graphviz 2.43 on the 2-core development machine: wall time of
/// `dot -K<engine> -Tsvg` on seeded random graphs (n nodes, m edges with random ends, edge
/// labels, NewsGraph's graph attributes). Node count alone predicts badly; what matters is
/// how far the graph is from a forest (m − n) and, for spline routing, n × m:
///
/// | n / m        | dot    | circo, splines=line | sfdp, splines=true | sfdp, splines=line |
/// |--------------|--------|---------------------|--------------------|--------------------|
/// | 100 / 200    | 0.34 s | 2.1 s               |                    |                    |
/// | 100 / 300    | 7.4 s  | 16 s                | 1.1 s              | 0.07 s             |
/// | 150 / 300    | 4.3 s  |                     | 4.1 s              |                    |
/// | 150 / 450    | > 60 s | 32 s (splines=true) | 3.2 s              | 0.09 s             |
/// | 200 / 300    | 1.4 s  | 5.3 s               | 3.8 s              |                    |
/// | 250 / 280    |        | 1.5 s               |                    |                    |
/// | 250 / 350    | 1.7 s  | 11 s                |                    |                    |
/// | 300 / 300    | 0.09 s | 2.4 s               | 10 s               | 0.16 s             |
/// | 300 / 450    | 4.4 s  |                     | 13 s               |                    |
/// | 800 / 950    | 4.9 s  |                     |                    |                    |
/// | 1000 / 1000  | 0.5 s  |                     |                    |                    |
/// | 1500 / 1600  | 40 s   |                     |                    |                    |
/// | 1000 / 1500  |        | > 60 s              |                    | 0.61 s             |
///
/// Structure matters as much as size: a 300-node path with 100 long chords (300 / 400, inside
/// these limits) kept dot busy for 7.5 minutes (270 s of CPU) on the loaded machine, where
/// sfdp with straight edges took 0.1 s. The limits therefore only pick the engine; the CLI adds
/// a wall-clock bound (`render --layout-timeout`) that restarts a slow layout with sfdp.
///
/// With splines=true, neato and fdp cost about what sfdp does, and circo more (2.3 s at
/// 100 / 100); a 149-node, 110-edge news graph took 4 s in fdp and circo, 0.1 s with
/// straight edges. Within these limits the slowest case measured took about 2 s.
public struct LayoutLimits: Sendable, Equatable {
    /// Above this many nodes, dot and circo give way to sfdp.
    public var nodes: Int
    /// dot gives way to sfdp when edges − nodes exceeds this.
    public var dotExtraEdges: Int
    /// circo gives way to sfdp when edges − nodes exceeds this.
    public var circoExtraEdges: Int
    /// Engines other than dot draw straight edges when nodes × edges exceeds this.
    public var splineWork: Int

    public init(nodes: Int, dotExtraEdges: Int, circoExtraEdges: Int, splineWork: Int) {
        self.nodes = nodes
        self.dotExtraEdges = dotExtraEdges
        self.circoExtraEdges = circoExtraEdges
        self.splineWork = splineWork
    }

    /// The limits measured above.
    public static let measured = LayoutLimits(nodes: 300, dotExtraEdges: 100, circoExtraEdges: 30, splineWork: 10_000)

    /// No limits: always the requested engine with curved edges (may take minutes).
    public static let none = LayoutLimits(nodes: .max, dotExtraEdges: .max, circoExtraEdges: .max, splineWork: .max)

    /// The engine to use instead of `layout` for a graph of this size, or nil to keep it.
    public func replacement(for layout: LayoutEngine, nodes nodeCount: Int, edges edgeCount: Int) -> LayoutEngine? {
        let extraEdges = edgeCount - nodeCount
        switch layout {
        case .dot: return nodeCount > nodes || extraEdges > dotExtraEdges ? .sfdp : nil
        case .circo: return nodeCount > nodes || extraEdges > circoExtraEdges ? .sfdp : nil
        case .neato, .fdp, .sfdp: return nil
        }
    }

    /// The engine `--layout auto` picks: dot (hierarchical, easiest to read) while the graph is
    /// within the dot limits above, sfdp beyond them.
    public func automaticEngine(nodes nodeCount: Int, edges edgeCount: Int) -> LayoutEngine {
        replacement(for: .dot, nodes: nodeCount, edges: edgeCount) ?? .dot
    }

    /// True when `layout` should draw straight edges for a graph of this size.
    public func needsStraightEdges(_ layout: LayoutEngine, nodes nodeCount: Int, edges edgeCount: Int) -> Bool {
        let (work, overflow) = nodeCount.multipliedReportingOverflow(by: edgeCount)
        return layout != .dot && (overflow || work > splineWork)
    }
}
