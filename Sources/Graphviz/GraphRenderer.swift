@preconcurrency import CGraphviz

/// Lays out and renders a parsed or built Agraph through libgvc. Callers hold the lock.
enum GraphRenderer {
    /// The picture for `agraph` with `layout`, adapted to stay fast above `limits`
    /// (see `LayoutLimits`): dot and circo become sfdp, and force layouts draw straight edges.
    /// `uncounted` nodes (a legend) do not count towards the limits.
    static func render(_ agraph: UnsafeMutablePointer<Agraph_t>, context gvc: OpaquePointer,
                       format: RenderFormat, layout: LayoutEngine, limits: LayoutLimits,
                       uncounted: Int = 0) throws -> Rendering {
        let (engine, notices) = adapt(agraph, layout: layout, limits: limits, uncounted: uncounted)
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

    /// The engine to run and what to tell the caller; sets `splines=line` where curved
    /// edges would take too long.
    private static func adapt(_ agraph: UnsafeMutablePointer<Agraph_t>, layout: LayoutEngine,
                              limits: LayoutLimits, uncounted: Int) -> (LayoutEngine, [String]) {
        let nodeCount = Int(agnnodes(agraph)) - uncounted
        let edgeCount = Int(agnedges(agraph))
        let size = "the graph has \(nodeCount) nodes and \(edgeCount) edges"
        var notices: [String] = []
        var engine = layout
        if let replacement = limits.replacement(for: layout, nodes: nodeCount, edges: edgeCount) {
            engine = replacement
            notices.append("\(size), too many for \(layout.rawValue) to lay out quickly; used \(replacement.rawValue) instead")
        }
        if limits.needsStraightEdges(engine, nodes: nodeCount, edges: edgeCount) {
            let splines = CGraphAccess.symbol(agraph, .graph, "splines")
            let root = UnsafeMutableRawPointer(agraph)
            let current = CGraphAccess.get(root, splines) ?? ""
            if !["line", "false", "none", ""].contains(current) {
                if let splines {
                    CGraphAccess.set(root, splines, "line")
                }
                notices.append(notices.isEmpty ? "\(size); drew edges as straight lines to keep \(engine.rawValue) fast"
                                               : "drew edges as straight lines to keep \(engine.rawValue) fast")
            }
        }
        return (engine, notices)
    }
}
