import XCTest
import Graph
@testable import Graphviz

/// The example article's diagram (graphs/niger-russia.json, written by `make graphs`) must draw
/// no two labels on top of each other: every `<text>` box in the SVG, estimated from its anchor,
/// font size and length, is checked against every other.
final class LabelOverlapTests: XCTestCase {
    private struct Box {
        var text: String
        var minX, maxX, minY, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    func testExampleDiagramLabelsDoNotOverlap() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("graphs/niger-russia.json")
        guard let data = try? Data(contentsOf: path) else { throw XCTSkip("no \(path.path); run make graphs") }
        let graph = try KnowledgeGraph(jsonData: data, path: path.path)
        XCTAssertGreaterThan(graph.edges.count, 5)
        let svg = String(decoding: try GraphvizEngine.shared.rendering(of: graph, format: .svg, layout: .dot, style: .diagram).bytes,
                         as: UTF8.self)
        let boxes = try textBoxes(in: svg)
        XCTAssertGreaterThan(boxes.count, graph.nodes.count + graph.edges.count - 1)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                XCTAssertFalse(box.overlaps(other), "'\(box.text)' overlaps '\(other.text)'")
            }
        }
    }

    func testOverlapCheckFindsOverlaps() throws {
        let svg = """
            <text text-anchor="middle" x="100" y="50" font-family="Helvetica" font-size="10.00">threaten to leave</text>
            <text text-anchor="start" x="95" y="53" font-family="Helvetica" font-size="10.00">lift</text>
            <text text-anchor="end" x="300" y="50" font-family="Helvetica" font-size="10.00">apart</text>
            """
        let boxes = try textBoxes(in: svg)
        XCTAssertEqual(boxes.count, 3)
        XCTAssertTrue(boxes[0].overlaps(boxes[1]))
        XCTAssertFalse(boxes[0].overlaps(boxes[2]))
    }

    /// Boxes of the SVG's text elements; Helvetica averages about 0.55 em a character, and a
    /// line spans from 0.8 em above the baseline to 0.2 em below it. The legend's texts sit in
    /// table cells and are skipped.
    private func textBoxes(in svg: String) throws -> [Box] {
        let pattern = #"<text text-anchor="(start|middle|end)" x="([-0-9.]+)" y="([-0-9.]+)"[^>]*font-size="([0-9.]+)"[^>]*>([^<]*)</text>"#
        let regex = try NSRegularExpression(pattern: pattern)
        let legendEnd = svg.range(of: "<g id=\"legend\"").flatMap { start in
            svg.range(of: "\n<!-- ", range: start.upperBound..<svg.endIndex)?.lowerBound
        }
        let legendStart = svg.range(of: "<g id=\"legend\"")?.lowerBound
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
