import XCTest
import Extraction
@testable import Graph

/// Pair edges, the pair CSR and the connected `--top` selection.
final class PairSelectionTests: XCTestCase {
    func testPairEdgesSumBothDirectionsAndKeepEdgeIDs() {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .person), b = graph.addNode(name: "B", type: .person)
        let c = graph.addNode(name: "C", type: .person)
        let first = graph.addEdge(from: b, to: a, relation: "accuse", evidence: [GraphFixtures.evidence(0)], count: 7)
        let second = graph.addEdge(from: a, to: b, relation: "meet", evidence: [GraphFixtures.evidence(1)], count: 3)
        let third = graph.addEdge(from: c, to: a, relation: "praise", evidence: [GraphFixtures.evidence(2)])
        let pairs = graph.pairEdges()
        XCTAssertEqual(pairs, [PairEdge(first: a, second: b, edges: [first, second], forward: 3, backward: 7),
                               PairEdge(first: a, second: c, edges: [third], forward: 0, backward: 1)])
        let adjacency = graph.pairAdjacency()
        XCTAssertEqual(adjacency.neighbors, [b, c, a, a])
        XCTAssertEqual(adjacency.weights, [10, 1, 10, 1])
        XCTAssertEqual(adjacency.strength(of: a.index), 11)
    }

    /// The pair CSR merged from the two CSR lists equals the one built from sorted pair edges, on
    /// random graphs with self-loops, parallel relations and both directions.
    func testPairAdjacencyFromTheListsEqualsTheOneFromPairEdges() {
        var random = LCG(state: 41)
        for size in [1, 2, 7, 40] {
            var graph = KnowledgeGraph()
            let ids = (0..<size).map { graph.addNode(name: "N\($0)", type: .organization) }
            for index in 0..<(size * 4) {
                graph.addEdge(from: ids[random.next(size)], to: ids[random.next(size)], relation: ["meet", "fund", "sue"][random.next(3)],
                              evidence: [GraphFixtures.evidence(index)], count: 1 + random.next(5))
            }
            let expected = WeightedAdjacency(nodeCount: graph.nodes.count, pairs: graph.pairEdges())
            XCTAssertEqual(graph.pairAdjacency(), expected, "size \(size)")
            if size == 40 { XCTAssertGreaterThan(expected.neighbors.count, 40) }
        }
    }

    /// A star of 5 around Hub, a separate big clique of 4 (B1…B4, each pair once), and an
    /// isolated pair. Degree-by-edges would take the hub and the clique's members apart; the
    /// connected selection stays inside the largest part and never returns isolated actors.
    func testConnectedTopStaysConnectedInTheLargestPart() {
        var graph = KnowledgeGraph()
        let hub = graph.addNode(name: "Hub", type: .person)
        for index in 0..<5 {
            let leaf = graph.addNode(name: "Leaf \(index)", type: .person)
            graph.addEdge(from: hub, to: leaf, relation: "meet", evidence: [GraphFixtures.evidence(index)], count: 5 - index)
        }
        let clique = (1...4).map { graph.addNode(name: "B\($0)", type: .person) }
        for (index, node) in clique.enumerated() {
            for other in clique[(index + 1)...] {
                graph.addEdge(from: node, to: other, relation: "know", evidence: [GraphFixtures.evidence(9)])
            }
        }
        // Many parallel relations between two actors elsewhere: strong by edge count, tiny part.
        let x = graph.addNode(name: "X", type: .person), y = graph.addNode(name: "Y", type: .person)
        for relation in ["a", "b", "c", "d", "e", "f", "g"] {
            graph.addEdge(from: x, to: y, relation: relation, evidence: [GraphFixtures.evidence(10)])
        }
        let top3 = graph.connectedTop(3)
        XCTAssertEqual(top3.nodes.map(\.name), ["Hub", "Leaf 0", "Leaf 1"], "the hub, then its strongest partners")
        XCTAssertEqual(top3.edges.count, 2)
        let all = graph.connectedTop(100)
        XCTAssertEqual(all.nodes.count, 6, "only the largest part, never the pairs elsewhere")
        XCTAssertEqual(all.components().count, 1)
        XCTAssertEqual(graph.mostConnected(2).nodes.map(\.name), ["X", "Y"], "the old per-edge degree favours parallel relations")
        XCTAssertEqual(graph.connectedTop(0).nodes.count, 0)
    }

    func testPairMinimumCountsAllRelationsOfAPair() {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .person), b = graph.addNode(name: "B", type: .person)
        let c = graph.addNode(name: "C", type: .person)
        graph.addEdge(from: a, to: b, relation: "meet", evidence: [GraphFixtures.evidence(0)])
        graph.addEdge(from: b, to: a, relation: "call", evidence: [GraphFixtures.evidence(1)])
        graph.addEdge(from: a, to: c, relation: "meet", evidence: [GraphFixtures.evidence(2)])
        let view = graph.filteringPairs(minimum: 2)
        XCTAssertEqual(view.nodes.map(\.name), ["A", "B"])
        XCTAssertEqual(view.edges.map(\.relation), ["meet", "call"])
        XCTAssertEqual(graph.filteringPairs(minimum: 2, alsoKeep: [c]).nodes.map(\.name), ["A", "B", "C"])
    }
}
