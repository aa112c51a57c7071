@preconcurrency import CGraphviz
import Graph

/// Communities drawn in diagrams, as coloured groups: each group's actors get a thick outline in
/// the group's colour. Not Graphviz cluster subgraphs: cgraph orders subgraphs by the address of
/// their interned name, so dot's cluster layout changed from run to run, and labelled edges
/// crossing cluster boxes crashed dot 2.43 (double free). Callers hold the engine's lock.
extension DiagramStyler {
    /// Outline colours (Paul Tol's muted scheme, distinct from the relation colours), used in turn.
    static let clusterOutlines = ["#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#AA4499", "#882255"]

    /// Outlines the nodes of `style.clusters` (groups of two or more actors) in their group's colour.
    /// - Complexity: O(n) for the clustered nodes.
    static func addClusters(_ graph: KnowledgeGraph, style: RenderStyle,
                            to agraph: UnsafeMutablePointer<Agraph_t>) throws {
        let groups = style.clusters.filter { $0.count > 1 }
        guard !groups.isEmpty else { return }
        let color = try CGraphAccess.symbol(agraph, .node, "color") ?? CGraphAccess.declare(agraph, .node, "color", "#444444")
        let width = try CGraphAccess.symbol(agraph, .node, "penwidth") ?? CGraphAccess.declare(agraph, .node, "penwidth", "1")
        for (index, members) in groups.enumerated() {
            for member in members where graph.nodes.indices.contains(member.index) {
                guard let node = member.description.withCString({ agnode(agraph, UnsafeMutablePointer(mutating: $0), 0) }) else { continue }
                CGraphAccess.set(UnsafeMutableRawPointer(node), color, clusterOutlines[index % clusterOutlines.count])
                CGraphAccess.set(UnsafeMutableRawPointer(node), width, "3.5")
            }
        }
    }
}
