import XCTest
import Extraction
import Graph
@testable import Graphviz

/// Diagrams must draw no two labels on top of each other: every `<text>` box in the SVG is
/// checked against every other (see `SVGFigures`), for the example article and for a dense
/// synthetic graph of the kind a corpus gives (hubs joined by many parallel relations).
final class LabelOverlapTests: XCTestCase {
    func testExampleDiagramLabelsDoNotOverlap() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("graphs/niger-russia.json")
        guard let data = try? Data(contentsOf: path) else { throw XCTSkip("no \(path.path); run make graphs") }
        let graph = try KnowledgeGraph(jsonData: data, path: path.path)
        XCTAssertGreaterThan(graph.edges.count, 5)
        for style in [RenderStyle.diagram, .perRelation] {
            let svg = String(decoding: try GraphvizEngine.shared.rendering(of: graph, format: .svg, layout: .dot, style: style).bytes,
                             as: UTF8.self)
            let figures = try SVGFigures(svg)
            let labels = style.pairEdges ? graph.pairEdges().count : graph.edges.count
            XCTAssertGreaterThan(figures.boxes.count, graph.nodes.count + labels - 1)
            XCTAssertTrue(figures.overlaps.isEmpty, "\(figures.overlaps.map { "'\($0.0.text)' overlaps '\($0.1.text)'" })")
        }
    }

    /// Six hubs all joined to one another by several relations each, and 40 satellites: per
    /// relation this draws ~200 labelled edges; as pairs, one edge per pair, labels only on the
    /// strongest, none overlapping with dot or with sfdp's xlabels.
    func testDensePairDiagramHasOneEdgePerPairAndNoOverlaps() throws {
        let graph = Self.denseGraph()
        for layout in [LayoutEngine.dot, .sfdp] {
            let svg = String(decoding: try GraphvizEngine.shared.rendering(of: graph, format: .svg, layout: layout, style: .diagram).bytes,
                             as: UTF8.self)
            let figures = try SVGFigures(svg)
            XCTAssertEqual(figures.edges.count, graph.pairEdges().count, "\(layout)")
            XCTAssertEqual(figures.maxEdgesPerPair, 1, "\(layout)")
            XCTAssertEqual(figures.isolatedNodes, [], "\(layout)")
            XCTAssertEqual(figures.nodes.count, graph.nodes.count)
            XCTAssertTrue(figures.overlaps.isEmpty, "\(layout): \(figures.overlaps.map { "'\($0.0.text)' overlaps '\($0.1.text)'" })")
            XCTAssertTrue(svg.contains(">accuse ×"), "the strongest pairs are labelled with counts")
        }
        let perRelation = try SVGFigures(String(decoding: try GraphvizEngine.shared.rendering(
            of: graph, format: .svg, layout: .dot, style: .perRelation).bytes, as: UTF8.self))
        XCTAssertGreaterThan(perRelation.maxEdgesPerPair, 1, "--edges all still draws every relation")
    }

    func testOverlapCheckFindsOverlaps() throws {
        let svg = """
            <text text-anchor="middle" x="100" y="50" font-family="Helvetica" font-size="10.00">threaten to leave</text>
            <text text-anchor="start" x="95" y="53" font-family="Helvetica" font-size="10.00">lift</text>
            <text text-anchor="end" x="300" y="50" font-family="Helvetica" font-size="10.00">apart</text>
            """
        let figures = try SVGFigures(svg)
        XCTAssertEqual(figures.boxes.count, 3)
        XCTAssertEqual(figures.overlaps.count, 1)
        XCTAssertEqual(figures.overlaps.first?.0.text, "threaten to leave")
    }

    static func denseGraph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let hubs = ["Tony Blair", "Gordon Brown", "Michael Howard", "Labour", "Conservatives", "Charles Kennedy"]
            .map { graph.addNode(name: $0, type: .person) }
        let relations = ["accuse", "meet", "praise", "attack", "criticise", "support", "be asset to", "do with decision of"]
        for (index, hub) in hubs.enumerated() {
            for (offset, other) in hubs.enumerated() where offset > index {
                for step in 0..<((index + offset) % 5 + 1) {
                    let relation = relations[(index * 3 + offset + step) % relations.count]
                    graph.addEdge(from: step.isMultiple(of: 3) ? other : hub, to: step.isMultiple(of: 3) ? hub : other,
                                  relation: relation, evidence: [GraphFixtures.evidence("\(index) \(relation) \(offset)")],
                                  count: step + 1)
                }
            }
        }
        for satellite in 0..<40 {
            let node = graph.addNode(name: "Satellite \(satellite)", type: .organization)
            graph.addEdge(from: hubs[satellite % hubs.count], to: node, relation: relations[satellite % relations.count],
                          evidence: [GraphFixtures.evidence("s\(satellite)")])
        }
        return graph
    }
}
