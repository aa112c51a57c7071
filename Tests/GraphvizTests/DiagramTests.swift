import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
import Extraction
import Graph
@testable import Graphviz

final class DiagramTests: XCTestCase {
    private let engine = GraphvizEngine.shared

    /// Russia → Niger (support, twice), Niger → ECOWAS (threaten to leave), Nigeria → ECOWAS (lead),
    /// Junta → Bazoum (oust, negated).
    static func sample() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country, aliases: ["Moscow"])
        let niger = graph.addNode(name: "Niger", type: .country)
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization)
        let nigeria = graph.addNode(name: "Nigeria", type: .country)
        let junta = graph.addNode(name: "junta", type: .group)
        let bazoum = graph.addNode(name: "Mohamed Bazoum", type: .person)
        graph.addEdge(from: russia, to: niger, relation: "support",
                      evidence: [GraphFixtures.evidence("Russia backs Niger <b>&</b>.", sentence: 1, document: "a.txt"),
                                 GraphFixtures.evidence("Moscow supports Niamey.", sentence: 4, document: "b.txt")])
        graph.addEdge(from: niger, to: ecowas, relation: "threaten to leave", evidence: [GraphFixtures.evidence("Niger threatened to leave.")])
        graph.addEdge(from: nigeria, to: ecowas, relation: "lead", evidence: [GraphFixtures.evidence("Nigeria leads ECOWAS.")])
        graph.addEdge(from: junta, to: bazoum, relation: "oust", evidence: [GraphFixtures.evidence("The junta did not oust him.")], negated: true)
        return graph
    }

    /// These tests check the one-edge-per-relation drawing (`--edges all`); PairDiagramTests checks pair edges.
    private func svg(_ graph: KnowledgeGraph, style: RenderStyle = .perRelation) throws -> String {
        String(decoding: try engine.rendering(of: graph, format: .svg, layout: .dot, style: style).bytes, as: UTF8.self)
    }

    /// The SVG group of the node or edge with this id, up to the end of its drawing.
    private func group(_ id: String, in svg: String) -> String {
        guard let start = svg.range(of: "<g id=\"\(id)\" class=") else { return "" }
        let rest = svg[start.lowerBound...]
        guard let end = rest.range(of: "\n<!-- ") else { return String(rest) }
        return String(rest[..<end.upperBound])
    }

    func testLegendAndColoursAreRenderOnly() throws {
        let graph = Self.sample()
        let dot = try engine.dot(for: graph)
        XCTAssertFalse(dot.contains("legend"), dot)
        XCTAssertFalse(dot.contains(RelationClass.cooperate.color), dot)
        XCTAssertEqual(try engine.graph(fromDOT: dot), graph)
        let picture = try svg(graph)
        XCTAssertTrue(picture.contains("<g id=\"legend\" class=\"node\">"), picture)
        XCTAssertTrue(picture.contains("cooperate or aid (material cooperation)"), picture)
        XCTAssertTrue(picture.contains("negated (every statement)"), picture)
        XCTAssertTrue(picture.contains("coerce or fight (material conflict)"), picture)
        XCTAssertFalse(picture.contains("sanction or reduce relations"), "only classes present are listed")
        XCTAssertTrue(group("e0", in: picture).contains("stroke=\"\(RelationClass.cooperate.color.lowercased())\""), picture)
        XCTAssertTrue(group("e1", in: picture).contains("stroke=\"\(RelationClass.demand.color.lowercased())\""), picture)
        XCTAssertFalse(try svg(graph, style: RenderStyle(legend: false, pairEdges: false)).contains("id=\"legend\""))
    }

    func testTooltipsBecomeTitlesWithEvidenceAndDocuments() throws {
        let picture = try svg(Self.sample())
        XCTAssertTrue(picture.contains("<title>Russia (country)\naliases: Moscow</title>"), picture)
        XCTAssertTrue(picture.contains("<title>Russia → support → Niger\ncooperate or aid; material cooperation; stated 2 times\n"
                                       + "• Russia backs Niger &lt;b&gt;&amp;&lt;/b&gt;. — a.txt, sentence 2\n"
                                       + "• Moscow supports Niamey. — b.txt, sentence 5</title>"), picture)
        XCTAssertTrue(picture.contains("junta → not oust → Mohamed Bazoum"), picture)
        XCTAssertFalse(picture.contains("<title>n0</title>"))
        // Still well-formed XML after the replacement, also for hostile text.
        for graph in [Self.sample(), GraphFixtures.hostile()] {
            let data = Data(try svg(graph).utf8)
            XCTAssertTrue(XMLParser(data: data).parse(), "SVG is not well-formed XML")
        }
    }

    func testHighlightFadesEverythingElse() throws {
        let graph = Self.sample()
        let style = RenderStyle(highlightedNodes: [NodeID(rawValue: 0), NodeID(rawValue: 1)], highlightedEdges: [EdgeID(rawValue: 0)],
                                pairEdges: false)
        let picture = try svg(graph, style: style)
        let path = group("e0", in: picture), other = group("e1", in: picture)
        XCTAssertFalse(path.contains("stroke-opacity"), path)
        XCTAssertTrue(path.contains("stroke-width=\"5\""), path)
        XCTAssertTrue(path.contains("font-weight=\"bold\" font-size=\"10.50\""), path)
        XCTAssertTrue(other.contains("stroke-opacity"), other)
        XCTAssertTrue(group("n0", in: picture).contains("stroke-width=\"3\""), group("n0", in: picture))
        XCTAssertTrue(group("n2", in: picture).contains("fill-opacity"), group("n2", in: picture))
        XCTAssertFalse(group("n1", in: picture).contains("fill-opacity"))
    }

    func testViewerIsSelfContainedEscapedAndDeterministic() throws {
        var graph = Self.sample()
        let evil = graph.addNode(name: "</script><script>alert(1)</script><!--", type: .person)
        graph.addEdge(from: evil, to: NodeID(rawValue: 0), relation: "say \u{2028} </SCRIPT>",
                      evidence: [GraphFixtures.evidence("x</script>y")])
        let page = String(decoding: try engine.viewer(of: graph, layout: .dot, title: "T <&>").bytes, as: UTF8.self)
        XCTAssertEqual(page, String(decoding: try engine.viewer(of: graph, layout: .dot, title: "T <&>").bytes, as: UTF8.self))
        XCTAssertEqual(page.components(separatedBy: "</script>").count - 1, 3, "only the three real script ends")
        XCTAssertFalse(page.lowercased().contains("</script><script>alert"))
        XCTAssertFalse(page.contains("http://") && page.contains("src=\"http"), "no external resources")
        XCTAssertFalse(page.contains("<?xml"))
        XCTAssertTrue(page.contains("<title>T &lt;&amp;&gt;</title>"))
        let start = try XCTUnwrap(page.range(of: "<script type=\"application/json\" id=\"ng-data\">"))
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any]
        // Compact rows (see ViewerData): node i is the SVG's n<i>, an edge names its class by index.
        let nodes = try XCTUnwrap(json?["nodes"] as? [[Any]])
        XCTAssertEqual(nodes.last?.first as? String, "</script><script>alert(1)</script><!--")
        let edges = try XCTUnwrap(json?["edges"] as? [[Any]])
        let classes = try XCTUnwrap(json?["classes"] as? [[String]])
        let relationClass = try XCTUnwrap(edges.first?[3] as? Int)
        XCTAssertEqual(classes[relationClass].first, "cooperate or aid")
        XCTAssertTrue(page.contains("<g id=\"n6\" class=\"node\">"), "SVG ids match the data ids")
    }

    func testAutomaticLayoutFollowsTheDotLimits() {
        let limits = LayoutLimits.measured
        XCTAssertEqual(limits.automaticEngine(nodes: 14, edges: 17), .dot)
        XCTAssertEqual(limits.automaticEngine(nodes: 301, edges: 300), .sfdp)
        XCTAssertEqual(limits.automaticEngine(nodes: 150, edges: 251), .sfdp)
        XCTAssertEqual(limits.automaticEngine(nodes: 150, edges: 250), .dot)
    }
}
