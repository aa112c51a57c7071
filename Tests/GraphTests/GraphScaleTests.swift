import XCTest
import Extraction
@testable import Graph

/// Correctness on a graph far larger than a news corpus gives; the time shows in the test log
/// (speed targets themselves belong in Benchmarks/).
final class GraphScaleTests: XCTestCase {
    func testQueriesAndRoundTripOnALargeGraph() throws {
        var graph = KnowledgeGraph()
        let count = 20_000
        let ids = (0..<count).map { graph.addNode(name: "actor \($0)", type: .other) }
        // A ring, plus chords every 100 nodes that skip ahead by 50.
        for i in 0..<count {
            graph.addEdge(from: ids[i], to: ids[(i + 1) % count], relation: "next", evidence: [])
            if i % 100 == 0 { graph.addEdge(from: ids[i], to: ids[(i + 50) % count], relation: "jump", evidence: []) }
        }
        let path = try XCTUnwrap(graph.shortestPath(from: ids[0], to: ids[1_000], directed: true))
        // 10 hundreds, each: one jump of 50 then 50 steps → 51 hops per hundred.
        XCTAssertEqual(path.hops.count, 10 * 51)
        XCTAssertEqual(graph.shortestPath(from: ids[0], to: ids[count - 1])?.hops.count, 1)
        XCTAssertEqual(graph.stats().componentCount, 1)
        XCTAssertEqual(graph.neighborhood(of: ids[0], depth: 2).count, 8)
        let loaded = try KnowledgeGraph(jsonData: try graph.jsonData(), path: "big.json")
        XCTAssertEqual(loaded, graph)
        XCTAssertEqual(loaded.suggestions(for: "actor 1999x", limit: 1), ["actor 1999"])
    }
}
