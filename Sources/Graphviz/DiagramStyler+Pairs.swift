@preconcurrency import CGraphviz
import Graph

/// Pair edges in diagrams: one Graphviz edge `p<index>` per pair of actors (see `PairPresentation`),
/// added to an Agraph made without its relation edges. Callers hold the engine's lock.
extension DiagramStyler {
    /// Above this many pair edges a view is dense: only the strongest `labelBudget` carry a label.
    static func labelBudget(pairs: Int, nodes: Int) -> Int {
        pairs <= 40 ? pairs : max(24, nodes * 3 / 4)
    }

    /// Adds the pair edges of `graph` to `agraph` (whose nodes are `n<index>`) and returns their
    /// tooltips by SVG id. Labels go on the strongest pairs only; with force layouts they are
    /// `xlabel`s that Graphviz drops rather than overlap (`forcelabels=false`).
    /// - Complexity: O(E log E) plus the evidence quoted.
    static func addPairEdges(_ graph: KnowledgeGraph, style: RenderStyle, layout: LayoutEngine,
                             to agraph: UnsafeMutablePointer<Agraph_t>) throws -> [String: String] {
        let pairs = graph.pairEdges()
        let labelled = strongest(pairs, budget: style.edgeLabelLimit ?? labelBudget(pairs: pairs.count, nodes: graph.nodes.count))
        // Dot places `label`s as virtual nodes, so they never overlap; force layouts do not.
        let placedByLayout = layout == .dot
        if !placedByLayout {
            for (name, value) in [("forcelabels", "false")] {
                let symbol = try CGraphAccess.symbol(agraph, .graph, name) ?? CGraphAccess.declare(agraph, .graph, name, value)
                CGraphAccess.set(UnsafeMutableRawPointer(agraph), symbol, value)
            }
        }
        let symbols = try PairSymbols(agraph, labelName: placedByLayout ? "label" : "xlabel")
        var tooltips: [String: String] = [:]
        for (index, pair) in pairs.enumerated() {
            let name = "p\(index)"
            let look = PairPresentation(pair, in: graph)
            // A pair that mostly runs second → first is drawn that way round (not dir=back), so
            // dot ranks it in the direction it points.
            let (from, to) = look.direction == .back ? (pair.second, pair.first) : (pair.first, pair.second)
            guard let tail = node(from, in: agraph), let head = node(to, in: agraph),
                  let made = name.withCString({ agedge(agraph, tail, head, UnsafeMutablePointer(mutating: $0), 1) }) else {
                throw GraphvizError.internalError(GraphvizMessages.summary(or: "agedge failed for pair \(pair.first)–\(pair.second)"))
            }
            let object = UnsafeMutableRawPointer(made)
            tooltips[name] = look.tooltip
            var line = look.color, text = look.labelColor, width = look.penWidth
            if style.highlights {
                if pair.edges.contains(where: style.highlightedEdges.contains) {
                    width = String(Int((Double(width) ?? 1).rounded()) + 3)
                    CGraphAccess.set(object, symbols.fontname, "Helvetica-Bold")
                } else {
                    line = line.split(separator: ":").map { $0 + "55" }.joined(separator: ":")
                    text = "#888888"
                }
            }
            CGraphAccess.set(object, symbols.id, name)
            CGraphAccess.set(object, symbols.tooltip, DOTEscaping.tooltip(look.tooltip))
            if labelled.contains(index) {
                CGraphAccess.set(object, symbols.label, DOTEscaping.label(placedByLayout ? look.label : look.shortLabel))
            }
            CGraphAccess.set(object, symbols.color, line)
            CGraphAccess.set(object, symbols.fontcolor, text)
            CGraphAccess.set(object, symbols.penwidth, width)
            CGraphAccess.set(object, symbols.dir, look.direction == .none ? "none" : "forward")
            CGraphAccess.set(object, symbols.fontsize, edgeFontSize)
            if look.negated { CGraphAccess.set(object, symbols.style, "dashed") }
        }
        return tooltips
    }

    /// Indices of the `budget` pairs with the most statements (ties: the earlier pair).
    /// - Complexity: O(P log P).
    static func strongest(_ pairs: [PairEdge], budget: Int) -> Set<Int> {
        guard budget < pairs.count else { return Set(pairs.indices) }
        let ranked = pairs.indices.sorted { pairs[$0].count != pairs[$1].count ? pairs[$0].count > pairs[$1].count : $0 < $1 }
        return Set(ranked.prefix(max(0, budget)))
    }

    private static func node(_ id: NodeID, in agraph: UnsafeMutablePointer<Agraph_t>) -> UnsafeMutablePointer<Agnode_t>? {
        id.description.withCString { agnode(agraph, UnsafeMutablePointer(mutating: $0), 0) }
    }

    /// Pair edge attributes the styler sets.
    private struct PairSymbols {
        let id, tooltip, label, color, fontcolor, penwidth, dir, fontname, fontsize, style: UnsafeMutablePointer<Agsym_t>

        init(_ agraph: UnsafeMutablePointer<Agraph_t>, labelName: String) throws {
            func symbol(_ name: String, _ value: String) throws -> UnsafeMutablePointer<Agsym_t> {
                try CGraphAccess.symbol(agraph, .edge, name) ?? CGraphAccess.declare(agraph, .edge, name, value)
            }
            id = try symbol("id", "")
            tooltip = try symbol("tooltip", "")
            label = try symbol(labelName, "")
            color = try symbol("color", "#555555")
            fontcolor = try symbol("fontcolor", "black")
            penwidth = try symbol("penwidth", "1")
            dir = try symbol("dir", "forward")
            fontname = try symbol("fontname", "Helvetica")
            fontsize = try symbol("fontsize", "9")
            style = try symbol("style", "solid")
        }
    }
}
