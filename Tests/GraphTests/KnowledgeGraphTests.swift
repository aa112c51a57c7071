import XCTest
import Extraction
@testable import Graph

final class KnowledgeGraphMergeTests: XCTestCase {
    func testRepeatedTripleMergesIntoOneEdgeWithBothEvidence() {
        let russia = Actor(name: "Russia", type: .country, aliases: ["Russian"])
        let niger = Actor(name: "Niger", type: .country)
        let e1 = Evidence(document: "a", sentence: 0, text: "s0", start: 0, end: 2)
        let e2 = Evidence(document: "b", sentence: 3, text: "s3", start: 9, end: 11)
        var graph = KnowledgeGraph()
        graph.add([Triple(subject: russia, relation: "send", object: niger, evidence: e1),
                   Triple(subject: russia, relation: "send", object: niger, evidence: e2)])
        XCTAssertEqual(graph.nodes.count, 2)
        XCTAssertEqual(graph.edges.count, 1)
        XCTAssertEqual(graph.edges[0].count, 2)
        XCTAssertEqual(graph.edges[0].evidence, [e1, e2])
        XCTAssertEqual(graph.node(named: "russian"), graph.node(named: "RUSSIA"))
    }
}
