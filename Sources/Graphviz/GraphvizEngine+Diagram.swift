@preconcurrency import CGraphviz
import Graph

extension GraphvizEngine {
    /// Renders `graph` as a diagram dressed by `style` (relation colours, legend, highlights,
    /// evidence tooltips, SVG ids `n<index>`/`e<index>` and tooltips in `<title>`), with the
    /// engine policy of `rendering(of:format:layout:limits:)`.
    public func rendering(of graph: KnowledgeGraph, format: RenderFormat, layout: LayoutEngine,
                          limits: LayoutLimits = .measured, style: RenderStyle) throws -> Rendering {
        var titles: [String: String] = [:]
        let legendNodes = style.legend && !graph.nodes.isEmpty ? 1 : 0
        // Labels are placed for the engine that will really run, which the limits may swap.
        let edgeCount = style.pairEdges ? graph.pairEdges().count : graph.edges.count
        let engine = limits.replacement(for: layout, nodes: graph.nodes.count, edges: edgeCount) ?? layout
        var rendering = try renderLocked(format: format, layout: layout, limits: limits, uncounted: legendNodes) {
            let agraph = try DOTWriter.makeAgraph(graph, includeEdges: !style.pairEdges)
            do {
                titles = try DiagramStyler.apply(style, graph: graph, layout: engine, to: agraph)
            } catch {
                agclose(agraph)
                throw error
            }
            return agraph
        }
        if format == .svg {
            rendering.bytes = Array(SVGTitles.replace(in: String(decoding: rendering.bytes, as: UTF8.self), titles: titles).utf8)
        }
        return rendering
    }

    /// The standalone HTML viewer for `graph`: its SVG diagram (drawn in `style`) inlined with a
    /// search box, filters, neighbourhood and path highlighting and an evidence panel (see
    /// `HTMLViewer`). With a `summary` (see `ViewerSummary`) the diagram is the summary's and the
    /// page expands a community on click.
    public func viewer(of graph: KnowledgeGraph, summary: ViewerSummary? = nil, layout: LayoutEngine,
                       limits: LayoutLimits = .measured, title: String, style: RenderStyle = .diagram) throws -> Rendering {
        var style = style
        var rendering: Rendering
        if let summary {
            // A summary edge stands for many relations, so it is drawn as one pair edge.
            style.pairEdges = true
            style.clusters = []
            rendering = try self.rendering(of: summary.graph, format: .svg, layout: layout, limits: limits, style: style)
        } else {
            // The viewer's data and clicks are per relation (`e<index>`), so it draws one edge per relation.
            style.pairEdges = false
            rendering = try self.rendering(of: graph, format: .svg, layout: layout, limits: limits, style: style)
        }
        rendering.bytes = Array(try HTMLViewer.page(svg: String(decoding: rendering.bytes, as: UTF8.self),
                                                    graph: graph, summary: summary, title: title).utf8)
        return rendering
    }
}
