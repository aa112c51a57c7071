import XCTest
import Extraction
import Graph
@testable import Graphviz

/// How one pair edge is drawn: label, colour (split when cooperation and conflict are both
/// strong), direction and tooltip.
final class PairPresentationTests: XCTestCase {
    private func pair(_ statements: [(forward: Bool, relation: String, count: Int)]) -> (PairEdge, KnowledgeGraph) {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "Blair", type: .person), b = graph.addNode(name: "Howard", type: .person)
        for (index, statement) in statements.enumerated() {
            graph.addEdge(from: statement.forward ? a : b, to: statement.forward ? b : a, relation: statement.relation,
                          evidence: [GraphFixtures.evidence("sentence \(index)", sentence: index)], count: statement.count)
        }
        return (graph.pairEdges()[0], graph)
    }

    func testLabelNamesTheTopTwoRelationsWithCounts() {
        let (edge, graph) = pair([(true, "meet", 3), (false, "accuse", 7), (true, "praise", 1), (true, "call", 1)])
        let look = PairPresentation(edge, in: graph)
        XCTAssertEqual(look.label, "accuse ×7, meet ×3, +2")
        XCTAssertEqual(look.shortLabel, "accuse ×7, +3")
        XCTAssertEqual(look.penWidth, DOTWriter.penWidth(count: 12))
        XCTAssertTrue(look.tooltip.hasPrefix("Blair — Howard: 12 statements (5 Blair → Howard, 7 Howard → Blair)\nHoward → accuse → Blair ×7"),
                      look.tooltip)
        XCTAssertTrue(look.tooltip.contains("• sentence 1 — doc.txt, sentence 2"), look.tooltip)
    }

    func testDirectionNeedsTwoThirdsOfTheStatements() {
        XCTAssertEqual(PairPresentation.direction(forward: 2, backward: 1, loop: false), .forward)
        XCTAssertEqual(PairPresentation.direction(forward: 3, backward: 2, loop: false), .none)
        XCTAssertEqual(PairPresentation.direction(forward: 1, backward: 2, loop: false), .back)
        XCTAssertEqual(PairPresentation.direction(forward: 0, backward: 0, loop: true), .forward)
    }

    func testColourIsTheDominantClassOrSplitWhenCooperationAndConflictAreBothStrong() {
        let (calm, calmGraph) = pair([(true, "meet", 5), (true, "accuse", 1)])
        XCTAssertEqual(PairPresentation(calm, in: calmGraph).color, RelationClass.consult.color)
        let (mixed, mixedGraph) = pair([(true, "meet", 5), (false, "accuse", 4)])
        XCTAssertEqual(PairPresentation(mixed, in: mixedGraph).color, "\(RelationClass.consult.color):\(RelationClass.demand.color)")
        let (said, saidGraph) = pair([(true, "say", 2), (true, "be asset to", 1)])
        XCTAssertEqual(PairPresentation(said, in: saidGraph).color, RelationClass.statement.color)
    }
}
