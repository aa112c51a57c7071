import Foundation
@testable import Graphviz

/// Figures read back from a diagram's SVG: text boxes (estimated from anchor, font size and
/// length), the node ids drawn, and each edge's two ends (from the `<!-- a&#45;&gt;b -->`
/// comment Graphviz writes before every edge group).
struct SVGFigures {
    struct Box {
        var text: String
        var minX, maxX, minY, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    var boxes: [Box] = []
    var nodes: [String] = []
    var edges: [(tail: String, head: String)] = []

    init(_ svg: String) throws {
        boxes = try Self.textBoxes(in: svg)
        let comment = try NSRegularExpression(pattern: #"<!-- ([^ ]+?) -->\n<g id="[^"]*" class="(node|edge)""#)
        for match in comment.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
            guard let nameRange = Range(match.range(at: 1), in: svg), let kindRange = Range(match.range(at: 2), in: svg) else { continue }
            let name = DOTEscaping.decodeEntities(String(svg[nameRange]))
            if svg[kindRange] == "node" {
                if name != DiagramLegend.nodeName { nodes.append(name) }
            } else {
                let ends = name.components(separatedBy: "->")
                if ends.count == 2 { edges.append((ends[0], ends[1])) }
            }
        }
    }

    /// Pairs of text boxes that overlap.
    var overlaps: [(Box, Box)] {
        var found: [(Box, Box)] = []
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.overlaps(other) { found.append((box, other)) }
        }
        return found
    }

    /// Nodes that no edge touches.
    var isolatedNodes: [String] {
        let touched = Set(edges.flatMap { [$0.tail, $0.head] })
        return nodes.filter { !touched.contains($0) }
    }

    /// The most edges drawn between one unordered pair of nodes.
    var maxEdgesPerPair: Int {
        var counts: [String: Int] = [:]
        for edge in edges { counts[[edge.tail, edge.head].sorted().joined(separator: "\u{0}"), default: 0] += 1 }
        return counts.values.max() ?? 0
    }

    /// Boxes of the SVG's text elements; Helvetica averages about 0.55 em a character, and a
    /// line spans from 0.8 em above the baseline to 0.2 em below it. The legend's texts sit in
    /// table cells and are skipped.
    static func textBoxes(in svg: String) throws -> [Box] {
        let pattern = #"<text text-anchor="(start|middle|end)" x="([-0-9.]+)" y="([-0-9.]+)"[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>"#
        let regex = try NSRegularExpression(pattern: pattern)
        let legendStart = svg.range(of: "<g id=\"legend\"")?.lowerBound
        let legendEnd = legendStart.flatMap { start in
            svg.range(of: "\n<!-- ", range: start..<svg.endIndex)?.lowerBound
        }
        var boxes: [Box] = []
        for match in regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)) {
            guard let whole = Range(match.range, in: svg) else { continue }
            if let legendStart, let legendEnd, whole.lowerBound > legendStart, whole.lowerBound < legendEnd { continue }
            func group(_ index: Int) -> String { Range(match.range(at: index), in: svg).map { String(svg[$0]) } ?? "" }
            guard let x = Double(group(2)), let y = Double(group(3)), let size = Double(group(4)) else { continue }
            let text = DOTEscaping.decodeEntities(group(5))
            let width = Double(text.count) * size * 0.55
            let minX: Double
            switch group(1) {
            case "start": minX = x
            case "end": minX = x - width
            default: minX = x - width / 2
            }
            boxes.append(Box(text: text, minX: minX, maxX: minX + width, minY: y - 0.8 * size, maxY: y + 0.2 * size))
        }
        return boxes
    }
}
