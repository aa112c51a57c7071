import XCTest
import Graph
@testable import Graphviz

final class RenderTests: XCTestCase {
    private let engine = GraphvizEngine.shared

    func testFormatsHaveTheirMagic() throws {
        let graph = GraphFixtures.small()
        let svg = try engine.render(graph, format: .svg)
        let svgText = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(svgText.hasPrefix("<?xml") || svgText.hasPrefix("<svg"), String(svgText.prefix(80)))
        XCTAssertTrue(svgText.contains("<svg"))
        XCTAssertTrue(svgText.contains("Abdourahamane Tchiani"))
        XCTAssertEqual(Array(try engine.render(graph, format: .png).prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(Array(try engine.render(graph, format: .pdf).prefix(4)), Array("%PDF".utf8))
    }

    func testEveryLayoutRenders() throws {
        for layout in LayoutEngine.allCases {
            let rendering = try engine.rendering(of: GraphFixtures.small(), format: .svg, layout: layout)
            XCTAssertEqual(rendering.layout, layout)
            XCTAssertTrue(String(decoding: rendering.bytes, as: UTF8.self).contains("</svg>"), layout.rawValue)
        }
    }

    func testRenderingIsDeterministic() throws {
        let graph = GraphFixtures.hostile()
        for format in RenderFormat.allCases {
            XCTAssertEqual(try engine.render(graph, format: format), try engine.render(graph, format: format), format.rawValue)
        }
    }

    func testPDFCreationDateIsFixed() throws {
        let pdf = String(decoding: try engine.render(GraphFixtures.small(), format: .pdf), as: UTF8.self)
        XCTAssertTrue(pdf.contains("/CreationDate (D:19700101000000Z)"), String(pdf.suffix(400)))
        let stamped = Array("x /CreationDate (D:20261129001526Z) y".utf8)
        XCTAssertEqual(PDFCreationDate.normalized(stamped), Array("x /CreationDate (D:19700101000000Z) y".utf8))
        XCTAssertEqual(PDFCreationDate.normalized(Array("no date".utf8)), Array("no date".utf8))
    }

    func testHostileLabelsRenderLiterally() throws {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "x\\N & <b>", type: .person)
        let b = graph.addNode(name: "end\\", type: .country)
        graph.addEdge(from: a, to: b, relation: "r\\G", evidence: [GraphFixtures.evidence("said \\N")])
        let svg = String(decoding: try engine.render(graph, format: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains(">x\\N &amp; &lt;b&gt;</text>"), svg)
        XCTAssertTrue(svg.contains(">end\\</text>"), svg)
        XCTAssertTrue(svg.contains(">r\\G</text>"), svg)
        XCTAssertTrue(svg.contains("xlink:title=\"said \\N\""), svg)
    }

    func testRenderingDOTText() throws {
        let text = try engine.dot(for: GraphFixtures.small())
        XCTAssertEqual(try engine.render(dotText: text, format: .svg), try engine.render(GraphFixtures.small(), format: .svg))
        XCTAssertThrowsError(try engine.render(dotText: "digraph {", format: .svg)) { error in
            guard case .malformedDOT? = error as? GraphvizError else { return XCTFail("\(error)") }
        }
        let foreign = try engine.rendering(ofDOT: "digraph { a -> b [label=<x<b>y</b>>] }", format: .svg)
        XCTAssertFalse(foreign.bytes.isEmpty)
    }

    func testNamesValidate() {
        XCTAssertEqual(try LayoutEngine(validating: "SFDP"), .sfdp)
        XCTAssertThrowsError(try LayoutEngine(validating: "twopi-ish")) { error in
            XCTAssertEqual(error as? GraphvizError, .unknownLayout("twopi-ish"))
        }
        XCTAssertEqual(try RenderFormat(validating: "png"), .png)
        XCTAssertThrowsError(try RenderFormat(validating: "gif")) { error in
            XCTAssertEqual(error as? GraphvizError, .unknownFormat("gif"))
        }
    }

    func testLargeGraphSwitchesDotToSfdp() throws {
        // 150 nodes × 3 edges: dot takes over a minute, sfdp with curved edges several seconds.
        let graph = GraphFixtures.dense(nodes: 150, perNode: 3)
        let started = ContinuousClock.now
        let rendering = try engine.rendering(of: graph, format: .svg, layout: .dot)
        XCTAssertEqual(rendering.layout, .sfdp)
        XCTAssertEqual(rendering.notices, [
            "the graph has 150 nodes and 450 edges, too many for dot to lay out quickly; used sfdp instead",
            "drew edges as straight lines to keep sfdp fast",
        ])
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
        XCTAssertEqual(try engine.rendering(of: graph, format: .svg, layout: .circo).layout, .sfdp)
        let neato = try engine.rendering(of: graph, format: .svg, layout: .neato)
        XCTAssertEqual(neato.layout, .neato)
        XCTAssertEqual(neato.notices, ["the graph has 150 nodes and 450 edges; drew edges as straight lines to keep neato fast"])
    }

    func testSmallGraphKeepsItsLayoutAndLimitsAreAdjustable() throws {
        let small = try engine.rendering(of: GraphFixtures.small(), format: .svg, layout: .dot)
        XCTAssertEqual(small.layout, .dot)
        XCTAssertEqual(small.notices, [])
        let tight = LayoutLimits(nodes: 2, dotExtraEdges: 100, circoExtraEdges: 100, splineWork: 1)
        let forced = try engine.rendering(of: GraphFixtures.small(), format: .svg, layout: .dot, limits: tight)
        XCTAssertEqual(forced.layout, .sfdp)
        let fromText = try engine.rendering(ofDOT: try engine.dot(for: GraphFixtures.small()), format: .svg, layout: .fdp, limits: tight)
        XCTAssertEqual(fromText.layout, .fdp)
        XCTAssertEqual(fromText.notices, ["the graph has 4 nodes and 3 edges; drew edges as straight lines to keep fdp fast"])
        XCTAssertEqual(try engine.rendering(of: GraphFixtures.dense(nodes: 400, perNode: 1), format: .svg, layout: .dot,
                                            limits: .none).layout, .dot)
    }

    func testMeasuredLimits() {
        let limits = LayoutLimits.measured
        XCTAssertNil(limits.replacement(for: .dot, nodes: 300, edges: 400))
        XCTAssertEqual(limits.replacement(for: .dot, nodes: 301, edges: 0), .sfdp)
        XCTAssertEqual(limits.replacement(for: .dot, nodes: 100, edges: 201), .sfdp)
        XCTAssertNil(limits.replacement(for: .circo, nodes: 100, edges: 130))
        XCTAssertEqual(limits.replacement(for: .circo, nodes: 100, edges: 131), .sfdp)
        XCTAssertNil(limits.replacement(for: .sfdp, nodes: 10_000, edges: 100_000))
        XCTAssertFalse(limits.needsStraightEdges(.neato, nodes: 100, edges: 100))
        XCTAssertTrue(limits.needsStraightEdges(.neato, nodes: 101, edges: 100))
        XCTAssertFalse(limits.needsStraightEdges(.dot, nodes: 1000, edges: 1000))
        XCTAssertTrue(limits.needsStraightEdges(.sfdp, nodes: .max, edges: .max))
    }
}

extension RenderTests {
    /// Broken HTML labels in someone else's DOT still render (Graphviz falls back to plain
    /// text) and what Graphviz said comes back as notices, not on stderr.
    func testBrokenHTMLLabelIsReportedAsNotice() throws {
        let rendering = try engine.rendering(ofDOT: "digraph { a [label=<<b>x>]; b [label=<&bogus;>] }", format: .svg)
        XCTAssertTrue(String(decoding: rendering.bytes, as: UTF8.self).contains("</svg>"))
        XCTAssertEqual(rendering.notices.count, 2, "\(rendering.notices)")
        XCTAssertTrue(rendering.notices[0].hasPrefix("Error: mismatched tag in line 1"), "\(rendering.notices)")
        XCTAssertTrue(rendering.notices[0].hasSuffix("in label of node a"), "\(rendering.notices)")
        XCTAssertTrue(rendering.notices[1].contains("undefined entity"), "\(rendering.notices)")
        // Nothing lingers into the next operation.
        XCTAssertEqual(try engine.rendering(of: GraphFixtures.small(), format: .svg).notices, [])
    }
}

extension RenderTests {
    func testPenWidthGrowsWithCount() {
        XCTAssertEqual([1, 2, 3, 4, 6, 1000].map(DOTWriter.penWidth(count:)), ["1", "2", "2.58", "3", "3.58", "10.97"])
        XCTAssertEqual(DOTWriter.penWidth(count: 0), "1")
    }

    func testEdgeTooltipQuotesTheFirstSentences() throws {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .country)
        let b = graph.addNode(name: "B", type: .country)
        graph.addEdge(from: a, to: b, relation: "r", evidence: (0..<5).map { GraphFixtures.evidence("S\($0).", sentence: $0) })
        XCTAssertEqual(DOTWriter.tooltip(for: graph.edges[0]), "S0.\nS1.\nS2.\n(2 more)")
        XCTAssertTrue(try engine.dot(for: graph).contains("tooltip=\"S0.\\nS1.\\nS2.\\n(2 more)\""))
        XCTAssertTrue(try engine.graphvizVersion().contains("."))
    }

    func testEmptyGraphRendersAndRoundTrips() throws {
        let empty = KnowledgeGraph()
        XCTAssertEqual(try engine.graph(fromDOT: engine.dot(for: empty)), empty)
        for format in RenderFormat.allCases {
            XCTAssertFalse(try engine.render(empty, format: format).isEmpty, format.rawValue)
        }
    }
}

extension RenderTests {
    /// Degenerate shapes that layout engines special-case render with every engine.
    func testDegenerateGraphsRenderWithEveryEngine() throws {
        var single = KnowledgeGraph()
        single.addNode(name: "alone", type: .person)
        var loop = KnowledgeGraph()
        let node = loop.addNode(name: "self", type: .group)
        loop.addEdge(from: node, to: node, relation: "blame", evidence: [])
        loop.addEdge(from: node, to: node, relation: "praise", evidence: [], negated: true)
        var islands = GraphFixtures.small()
        islands.addNode(name: "island", type: .location)
        for graph in [KnowledgeGraph(), single, loop, islands] {
            for layout in LayoutEngine.allCases {
                let rendering = try engine.rendering(of: graph, format: .svg, layout: layout)
                XCTAssertTrue(String(decoding: rendering.bytes, as: UTF8.self).contains("</svg>"), layout.rawValue)
                XCTAssertEqual(rendering.notices, [], "\(layout.rawValue) \(graph.nodes.count) nodes")
            }
        }
    }
}
