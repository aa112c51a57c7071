import XCTest
import Foundation
import Extraction
@testable import Graph

final class GraphExportTests: XCTestCase {
    func testEveryExportIsDeterministic() {
        let a = GraphFixtures.sahel(), b = GraphFixtures.sahel()
        XCTAssertEqual(a.graphML(), b.graphML())
        XCTAssertEqual(a.nTriples(), b.nTriples())
        XCTAssertEqual(a.turtle(), b.turtle())
        XCTAssertEqual(a.neo4jCSV(), b.neo4jCSV())
        XCTAssertEqual(a.mermaid(), b.mermaid())
        XCTAssertEqual(a.jsonLines(), b.jsonLines())
    }

    func testIRIsDependOnNamesNotIds() {
        var reordered = KnowledgeGraph()
        let chad = reordered.addNode(name: "Chad", type: .country)
        let france = reordered.addNode(name: "France", type: .country)
        reordered.addEdge(from: france, to: chad, relation: "withdraw from", evidence: [GraphFixtures.evidence(7)], negated: true)
        let line = "<https://newsgraph.invalid/statement/france/withdraw_from/chad> <https://newsgraph.invalid/schema#negated> "
            + "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> ."
        XCTAssertTrue(reordered.nTriples().contains(line))
        XCTAssertTrue(GraphFixtures.sahel().nTriples().contains(line))
        // Negated edges are reified but not asserted.
        XCTAssertFalse(reordered.nTriples().contains("<https://newsgraph.invalid/actor/france> <https://newsgraph.invalid/relation/withdraw_from>"))
        XCTAssertEqual(RDFNaming(base: "http://example.org/kg").actor("ECOWAS"), "http://example.org/kg/actor/ecowas")
    }

    func testJSONLinesHaveTheExtractFieldsOnePerStatement() throws {
        let graph = GraphFixtures.sahel()
        let lines = graph.jsonLines().split(separator: "\n")
        XCTAssertEqual(lines.count, graph.edges.reduce(0) { $0 + $1.evidence.count })
        for line in lines {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Set(object.keys), Set(KnowledgeGraph.tripleColumns))
        }
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["subject"] as? String, "Russia")
        XCTAssertEqual(first["sentence"] as? Int, 0)
        XCTAssertEqual(first["negated"] as? Bool, false)
    }

    func testImportedAttributesReachEveryEdgeExport() {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country)
        let mali = graph.addNode(name: "Mali", type: .country)
        var first = GraphFixtures.evidence(1), second = GraphFixtures.evidence(2)
        first.attributes = ["desk": "Africa"]
        second.attributes = ["desk": "World; wires", "score": "0.9"]
        graph.addEdge(from: russia, to: mali, relation: "send troops to", evidence: [first, second], negated: false)
        let graphML = graph.graphML()
        XCTAssertTrue(graphML.contains(#"<key id="b0" for="edge" attr.name="attr.desk" attr.type="string"/>"#), graphML)
        XCTAssertTrue(graphML.contains(#"<data key="b0">Africa; World; wires</data>"#), graphML)
        XCTAssertTrue(graphML.contains(#"<data key="b1">0.9</data>"#), graphML)
        // Neo4j arrays cannot hold their delimiter, so the ';' inside a value is written as ','.
        let neo4j = graph.neo4jCSV().relationships
        XCTAssertTrue(neo4j.hasPrefix(":START_ID,:END_ID,:TYPE,relation,count:int,negated:boolean,documents:string[],evidence,"
                                      + "attr.desk:string[],attr.score:string[]\n"), neo4j)
        XCTAssertTrue(neo4j.contains(",\"Africa;World, wires\",0.9\n"), neo4j)
        XCTAssertTrue(graph.nTriples().contains("/evidence/1> <https://newsgraph.invalid/attribute/score> \"0.9\" ."))
        XCTAssertFalse(GraphFixtures.sahel().graphML().contains("attr.desk"))
    }

    func testMermaidDeclaresEveryNodeAndEdge() {
        let graph = GraphFixtures.sahel()
        let text = graph.mermaid()
        XCTAssertTrue(text.hasPrefix("flowchart LR\n"))
        XCTAssertEqual(text.components(separatedBy: "-->|").count - 1 + text.components(separatedBy: "-.->|").count - 1, graph.edges.count)
        XCTAssertTrue(text.contains("n5 -.->|\"not withdraw from\"| n6"), text)
        XCTAssertTrue(text.contains("n3 -->|\"warn ×2\"| n1"), text)
    }

    func testRankingAndComponents() {
        let graph = GraphFixtures.sahel()
        let components = graph.components()
        XCTAssertEqual(components.map(\.count), [5, 2])
        XCTAssertEqual(components.count, graph.componentCount())
        let rank = graph.pageRank()
        XCTAssertEqual(rank.reduce(0, +), 1, accuracy: 1e-9)
        let top = graph.rankByPageRank().map { graph.nodes[$0.node.index].name }
        // Chad only receives from France, whose whole rank flows to it.
        XCTAssertLessThan(try XCTUnwrap(top.firstIndex(of: "France")), graph.nodes.count)
        XCTAssertGreaterThan(rank[try XCTUnwrap(graph.node(named: "Chad")).index], rank[try XCTUnwrap(graph.node(named: "France")).index])
        XCTAssertEqual(graph.rankByDegree().first.map { graph.nodes[$0.node.index].name }, "Niger")
    }
}
