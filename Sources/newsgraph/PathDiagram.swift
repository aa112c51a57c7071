import Graph
import Graphviz

/// `path … -o FILE`: the path(s) drawn highlighted inside their neighbourhood.
enum PathDiagram {
    /// How many neighbours of the path nodes are drawn around them at most.
    static let neighbourLimit = 16

    /// Fails before any search when `output` could not be written as a diagram.
    static func check(_ output: String?) throws {
        guard let output else { return }
        _ = try DiagramOutput.kind(of: output)
        try AtomicFile.checkWritable(output)
    }

    /// Draws `paths` (thick, bold labels, outlined nodes) among the path nodes' best-connected
    /// neighbours and the edges that join them to the path (faded), and writes the picture to `output`.
    /// - Complexity: O(V + E log E).
    static func write(_ graph: KnowledgeGraph, paths: [GraphPath], to output: String?,
                      drawing: RenderStyle = .diagram) throws {
        let pathNodes = paths.flatMap(\.nodes)
        guard let output, let first = paths.first, !pathNodes.isEmpty else { return }
        // Only edges that touch the path: relations among the neighbours themselves are clutter here.
        let onPath = Set(pathNodes.map { graph.nodes[$0.index].key })
        let around = graph.subgraph(graph.pathNeighborhood(pathNodes, limit: neighbourLimit))
        let view = around.filteringEdges(alsoKeep: Set(around.nodes.map(\.id))) { edge in
            onPath.contains(around.nodes[edge.source.index].key) || onPath.contains(around.nodes[edge.target.index].key)
        }
        func key(_ edge: KnowledgeGraph.Edge, in source: KnowledgeGraph) -> [String] {
            [source.nodes[edge.source.index].key, edge.relation, source.nodes[edge.target.index].key]
        }
        let pathEdges = Set(paths.flatMap(\.hops).map { key(graph.edges[$0.edge.index], in: graph) })
        var style = drawing
        style.highlightedNodes = Set(pathNodes.compactMap { view.node(key: graph.nodes[$0.index].key) })
        style.highlightedEdges = Set(view.edges.filter { pathEdges.contains(key($0, in: view)) }.map(\.id))
        let names = [first.nodes.first, first.nodes.last].compactMap { $0.map { graph.nodes[$0.index].name } }
        try DiagramOutput(layout: .auto, timeout: 60, style: style)
            .write(view, to: output, title: "NewsGraph: path " + names.joined(separator: " to "))
    }
}
