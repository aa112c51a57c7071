@preconcurrency import CGraphviz
import Graph

/// Communities drawn in diagrams: Graphviz cluster subgraphs with dot, coloured outlines with
/// the force layouts (sfdp ignores clusters). Callers hold the engine's lock.
extension DiagramStyler {
    /// Cluster backgrounds (light, so edge colours stay readable) and, for force layouts, outlines
    /// (Paul Tol's muted scheme, distinct from the relation colours); used in turn.
    static let clusterFills = ["#EAF1FB", "#FDF1E3", "#E8F6EE", "#F7E9F2", "#F5F5DC", "#ECECF8", "#FBEAE8", "#E6F4F4"]
    static let clusterOutlines = ["#332288", "#117733", "#44AA99", "#88CCEE", "#DDCC77", "#CC6677", "#AA4499", "#882255"]

    /// Groups the nodes of `style.clusters` (those of two or more actors), naming each after its
    /// first (best-connected) member.
    /// - Complexity: O(n) for the clustered nodes.
    static func addClusters(_ graph: KnowledgeGraph, style: RenderStyle, layout: LayoutEngine,
                            to agraph: UnsafeMutablePointer<Agraph_t>) throws {
        let groups = style.clusters.filter { $0.count > 1 }
        guard !groups.isEmpty else { return }
        if layout == .dot {
            let root = UnsafeMutablePointer<Agraph_t>(agraph)
            let symbols = try ["label", "style", "fillcolor", "color", "fontsize", "fontcolor"].map { name in
                try CGraphAccess.symbol(root, .graph, name) ?? CGraphAccess.declare(root, .graph, name, "")
            }
            for (index, members) in groups.enumerated() {
                guard let subgraph = "cluster_\(index)".withCString({ agsubg(agraph, UnsafeMutablePointer(mutating: $0), 1) }) else {
                    throw GraphvizError.internalError(GraphvizMessages.summary(or: "agsubg failed for cluster \(index)"))
                }
                let name = graph.nodes[members[0].index].name
                let values = [DOTEscaping.label("cluster \(index + 1): \(name) and \(members.count - 1) more"), "rounded,filled",
                              clusterFills[index % clusterFills.count], "#BBBBBB", "11", "#555555"]
                for (symbol, value) in zip(symbols, values) { CGraphAccess.set(UnsafeMutableRawPointer(subgraph), symbol, value) }
                for member in members {
                    if let node = member.description.withCString({ agnode(agraph, UnsafeMutablePointer(mutating: $0), 0) }) {
                        _ = agsubnode(subgraph, node, 1)
                    }
                }
            }
        } else {
            let color = try CGraphAccess.symbol(agraph, .node, "color") ?? CGraphAccess.declare(agraph, .node, "color", "#444444")
            let width = try CGraphAccess.symbol(agraph, .node, "penwidth") ?? CGraphAccess.declare(agraph, .node, "penwidth", "1")
            for (index, members) in groups.enumerated() {
                for member in members {
                    guard let node = member.description.withCString({ agnode(agraph, UnsafeMutablePointer(mutating: $0), 0) }) else { continue }
                    CGraphAccess.set(UnsafeMutableRawPointer(node), color, clusterOutlines[index % clusterOutlines.count])
                    CGraphAccess.set(UnsafeMutableRawPointer(node), width, "3")
                }
            }
        }
    }
}
