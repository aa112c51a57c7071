import XCTest
import Extraction
@testable import Graph

final class GraphMergeTests: XCTestCase {
    func testMergeUnitesActorsByIdentityNotByAliasAndAddsCounts() {
        var left = KnowledgeGraph()
        let russia = left.addNode(name: "Russia", type: .country, aliases: ["Moscow"])
        let niger = left.addNode(name: "Niger", type: .country)
        left.addEdge(from: russia, to: niger, relation: "send", evidence: [GraphFixtures.evidence(0)])

        var right = KnowledgeGraph()
        let kremlin = right.addNode(name: "Russia", type: .country, aliases: ["Kremlin"])
        let moscow = right.addNode(name: "Moscow", type: .location)
        let niamey = right.addNode(name: "Niger", type: .other)
        right.addEdge(from: kremlin, to: niamey, relation: "send", evidence: [GraphFixtures.evidence(4)], count: 3)
        right.addEdge(from: niamey, to: moscow, relation: "thank", evidence: [GraphFixtures.evidence(5)])

        left.merge(right)
        XCTAssertEqual(left.nodes.map(\.name), ["Russia", "Niger", "Moscow"], "Moscow, an alias of Russia, stays the city")
        XCTAssertEqual(left.nodes[0].aliases, ["Kremlin", "Moscow"])
        XCTAssertEqual(left.node(named: "kremlin"), russia)
        XCTAssertEqual(left.node(named: "moscow"), NodeID(rawValue: 2), "a name beats an alias in look-ups")
        XCTAssertEqual(left.nodes[1].type, .country)
        XCTAssertEqual(left.edges.count, 2)
        XCTAssertEqual(left.edges[0].count, 4)
        XCTAssertEqual(left.edges[0].evidence.map(\.sentence), [0, 4])
        XCTAssertEqual(left.edges[1].relation, "thank")
    }

    func testNodeAddedUnderAKnownAliasJoinsThatNode() {
        var graph = KnowledgeGraph()
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization)
        let joined = graph.addNode(name: "Economic Community of West African States", type: .organization, aliases: ["Ecowas"])
        XCTAssertEqual(joined, ecowas)
        XCTAssertEqual(graph.nodes.count, 1)
        XCTAssertEqual(graph.node(named: "economic community of west african states"), ecowas)
    }

    func testNegatedOnlyWhileEveryStatementIsNegated() {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .country)
        let b = graph.addNode(name: "B", type: .country)
        graph.addEdge(from: a, to: b, relation: "attack", evidence: [], negated: true)
        XCTAssertTrue(graph.edges[0].negated)
        graph.addEdge(from: a, to: b, relation: "attack", evidence: [], negated: false)
        XCTAssertFalse(graph.edges[0].negated)
        XCTAssertEqual(graph.edges[0].count, 2)
    }
}
