@preconcurrency import CGraphviz

/// Lays out and renders a parsed or built Agraph through libgvc. Callers hold the lock.
enum GraphRenderer {
    /// The picture for `agraph` with `layout`, adapted to stay fast above `limits`
    /// (see `LayoutLimits`): dot and circo become sfdp, and force layouts draw straight edges.
    static func render(_ agraph: UnsafeMutablePointer<Agraph_t>, context gvc: OpaquePointer,
                       format: RenderFormat, layout: LayoutEngine, limits: LayoutLimits) throws -> Rendering {
        let (engine, notices) = adapt(agraph, layout: layout, limits: limits)
        guard gvLayout(gvc, agraph, engine.rawValue) == 0 else {
            throw GraphvizError.layoutFailed(engine: engine.rawValue,
                                             message: GraphvizMessages.summary(or: "gvLayout returned an error"))
        }
        defer { _ = gvFreeLayout(gvc, agraph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(gvc, agraph, format.rawValue, &data, &length) == 0, let data else {
            throw GraphvizError.renderFailed(format: format.rawValue,
                                             message: GraphvizMessages.summary(or: "gvRenderData returned an error"))
        }
        defer { gvFreeRenderData(data) }
        var bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
        if format == .pdf { bytes = PDFCreationDate.normalized(bytes) }
        guard !bytes.isEmpty else {
            throw GraphvizError.renderFailed(format: format.rawValue,
                                             message: GraphvizMessages.summary(or: "no output was produced"))
        }
        return Rendering(bytes: bytes, layout: engine, notices: notices + GraphvizMessages.messages())
    }

    /// The engine to run and what to tell the caller; sets `splines=line` on large graphs.
    private static func adapt(_ agraph: UnsafeMutablePointer<Agraph_t>, layout: LayoutEngine,
                              limits: LayoutLimits) -> (LayoutEngine, [String]) {
        let nodeCount = Int(agnnodes(agraph))
        let edgeCount = Int(agnedges(agraph))
        guard limits.exceeded(nodes: nodeCount, edges: edgeCount) else { return (layout, []) }
        let size = "the graph has \(nodeCount) nodes and \(edgeCount) edges "
            + "(fast layout limit: \(limits.nodes) nodes, \(limits.edges) edges)"
        var engine = layout
        var notices: [String] = []
        if layout == .dot || layout == .circo {
            engine = .sfdp
            notices.append("\(size); used sfdp instead of \(layout.rawValue)")
        }
        if engine != .dot, engine != .circo {
            let splines = CGraphAccess.symbol(agraph, .graph, "splines")
            let root = UnsafeMutableRawPointer(agraph)
            if CGraphAccess.get(root, splines) != "line" {
                if let splines {
                    CGraphAccess.set(root, splines, "line")
                } else {
                    _ = try? CGraphAccess.declare(agraph, .graph, "splines", "line")
                }
                notices.append(notices.isEmpty ? "\(size); edges drawn as straight lines" : "edges drawn as straight lines")
            }
        }
        return (engine, notices)
    }
}
