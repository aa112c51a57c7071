import XCTest
import Extraction
import Graph

/// The view functions `render` selects with (KnowledgeGraph+Views).
final class GraphViewTests: XCTestCase {
    func testFilteringEdgesDropsUntouchedNodesButKeepsAskedOnes() {
        let graph = DiagramTests.sample()
        let supported = graph.filteringEdges { $0.count >= 2 }
        XCTAssertEqual(supported.nodes.map(\.name), ["Russia", "Niger"])
        XCTAssertEqual(supported.edges.map(\.relation), ["support"])
        XCTAssertEqual(supported.nodes[0].aliases, ["Moscow"])
        let kept = graph.filteringEdges(alsoKeep: [NodeID(rawValue: 3)]) { $0.relation == "oust" }
        XCTAssertEqual(kept.nodes.map(\.name), ["Nigeria", "junta", "Mohamed Bazoum"])
        XCTAssertTrue(kept.edges[0].negated)
    }

    func testTypesAndMostConnected() {
        let graph = DiagramTests.sample()
        XCTAssertEqual(graph.filteringTypes([.country]).nodes.map(\.name), ["Russia", "Niger", "Nigeria"])
        XCTAssertEqual(graph.filteringTypes([.country]).edges.count, 1)
        // Niger and ECOWAS have two relations each; ties go by name.
        XCTAssertEqual(graph.mostConnected(2).nodes.map(\.name), ["Niger", "ECOWAS"])
        // Then the one-relation actors by name: "Mohamed Bazoum" sorts first.
        XCTAssertEqual(graph.mostConnected(3).nodes.map(\.name), ["Niger", "ECOWAS", "Mohamed Bazoum"])
        XCTAssertEqual(graph.mostConnected(99), graph)
    }

    func testPathNeighborhoodIsCappedByWeight() throws {
        let graph = DiagramTests.sample()
        let niger = try XCTUnwrap(graph.node(named: "Niger"))
        let ecowas = try XCTUnwrap(graph.node(named: "ECOWAS"))
        XCTAssertEqual(graph.pathNeighborhood([niger, ecowas], limit: 5).map { graph.nodes[$0.index].name }.sorted(),
                       ["ECOWAS", "Niger", "Nigeria", "Russia"])
        // Russia's edge was stated twice, Nigeria's once.
        XCTAssertEqual(graph.pathNeighborhood([niger, ecowas], limit: 1).map { graph.nodes[$0.index].name }.sorted(),
                       ["ECOWAS", "Niger", "Russia"])
    }
}
