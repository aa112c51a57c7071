import XCTest
import Extraction
@testable import Graph

final class GraphQueryTests: XCTestCase {
    private let graph = GraphFixtures.sahel()

    private func id(_ name: String) throws -> NodeID {
        try XCTUnwrap(graph.node(named: name), "no node \(name)")
    }

    private func names(_ path: GraphPath?) -> [String] {
        (path?.nodes ?? []).map { graph.nodes[$0.index].name }
    }

    func testLookupIgnoresCaseAndUsesAliases() throws {
        XCTAssertEqual(graph.node(named: "moscow"), try id("Russia"))
        XCTAssertEqual(graph.node(named: "economic community of west african states"), try id("ECOWAS"))
        XCTAssertNil(graph.node(named: "Nigr"))
        XCTAssertEqual(try graph.resolve("  niger "), try id("Niger"))
    }

    func testDirectedShortestPathFollowsEdgeDirection() throws {
        let path = graph.shortestPath(from: try id("Russia"), to: try id("Nigeria"), directed: true)
        XCTAssertEqual(names(path), ["Russia", "Mali", "Nigeria"])
        XCTAssertEqual(path?.hops.map(\.forward), [true, true])
        XCTAssertNil(graph.shortestPath(from: try id("Nigeria"), to: try id("Russia"), directed: true))
    }

    func testUndirectedShortestPathWalksEdgesBackwards() throws {
        let path = try XCTUnwrap(graph.shortestPath(from: try id("ECOWAS"), to: try id("Russia")))
        XCTAssertEqual(names(path), ["ECOWAS", "Niger", "Russia"])
        XCTAssertEqual(path.hops.map(\.forward), [false, false])
        XCTAssertEqual(graph.edges[path.hops[0].edge.index].relation, "leave")
    }

    func testMaxHopsAndDisconnectedActors() throws {
        XCTAssertNil(graph.shortestPath(from: try id("Russia"), to: try id("Nigeria"), directed: true, maxHops: 1))
        XCTAssertNotNil(graph.shortestPath(from: try id("Russia"), to: try id("Nigeria"), directed: true, maxHops: 2))
        XCTAssertNil(graph.shortestPath(from: try id("Russia"), to: try id("Chad")))
        XCTAssertEqual(graph.shortestPath(from: try id("Chad"), to: try id("Chad"))?.hops, [])
    }

    func testAllShortestPathsAreDistinctAndCapped() throws {
        let all = graph.allShortestPaths(from: try id("Russia"), to: try id("Nigeria"))
        XCTAssertEqual(all.map(names), [["Russia", "Niger", "Nigeria"], ["Russia", "Mali", "Nigeria"]])
        XCTAssertEqual(graph.allShortestPaths(from: try id("Russia"), to: try id("Nigeria"), limit: 1).count, 1)
        XCTAssertEqual(graph.allShortestPaths(from: try id("Russia"), to: try id("Nigeria"), directed: true).map(names),
                       [["Russia", "Mali", "Nigeria"]])
    }

    func testAllShortestPathsOnAGridStopAtTheLimit() {
        // A 2×n ladder has 2^(n-1)-ish shortest paths corner to corner; the cap must hold.
        var ladder = KnowledgeGraph()
        let width = 30
        let top = (0..<width).map { ladder.addNode(name: "t\($0)", type: .other) }
        let bottom = (0..<width).map { ladder.addNode(name: "b\($0)", type: .other) }
        for i in 0..<(width - 1) {
            ladder.addEdge(from: top[i], to: top[i + 1], relation: "r", evidence: [])
            ladder.addEdge(from: bottom[i], to: bottom[i + 1], relation: "r", evidence: [])
            ladder.addEdge(from: top[i], to: bottom[i + 1], relation: "r", evidence: [])
            ladder.addEdge(from: bottom[i], to: top[i + 1], relation: "r", evidence: [])
        }
        let paths = ladder.allShortestPaths(from: top[0], to: top[width - 1], directed: true, limit: 100)
        XCTAssertEqual(paths.count, 100)
        XCTAssertEqual(Set(paths).count, 100)
        XCTAssertTrue(paths.allSatisfy { $0.hops.count == width - 1 })
    }

    func testNeighborhoodByDepth() throws {
        let near = graph.neighborhood(of: try id("Niger"), depth: 1)
        XCTAssertEqual(Set(near.keys.map { graph.nodes[$0.index].name }), ["Niger", "Russia", "ECOWAS", "Nigeria"])
        let far = graph.neighborhood(of: try id("Niger"), depth: 2)
        XCTAssertEqual(far[try id("Mali")], 2)
        XCTAssertNil(far[try id("Chad")])
        let directed = graph.neighborhood(of: try id("Niger"), depth: 1, directed: true)
        XCTAssertEqual(Set(directed.keys), [try id("Niger"), try id("ECOWAS")])
        let ego = graph.egoGraph(of: try id("Niger"), depth: 1)
        XCTAssertEqual(ego.nodes.count, 4)
        XCTAssertEqual(ego.edges.map(\.relation).sorted(), ["leave", "meet in", "send delegation to", "warn"])
    }

    func testStats() {
        let stats = graph.stats(top: 2)
        XCTAssertEqual(stats.nodeCount, 7)
        XCTAssertEqual(stats.edgeCount, 7)
        XCTAssertEqual(stats.statementCount, 8)
        XCTAssertEqual(stats.componentCount, 2)
        XCTAssertEqual(stats.nodesByType, [.country: 6, .organization: 1])
        XCTAssertEqual(stats.topActors.map(\.name), ["Niger", "Nigeria"])
        XCTAssertEqual(stats.topActors.map(\.degree), [3, 3])
    }

    func testSuggestionsRankCloseNamesFirst() {
        XCTAssertEqual(graph.suggestions(for: "Nigr"), ["Niger", "Nigeria"])
        XCTAssertEqual(graph.suggestions(for: "nige"), ["Niger", "Nigeria"])
        XCTAssertEqual(graph.suggestions(for: "Rusia"), ["Russia"])
        XCTAssertEqual(graph.suggestions(for: "moscw"), ["Russia"])
        XCTAssertEqual(graph.suggestions(for: "Zzyzx"), [])
        XCTAssertThrowsError(try graph.resolve("Nigr")) { error in
            XCTAssertEqual(error as? GraphError, .unknownActor(name: "Nigr", suggestions: ["Niger", "Nigeria"]))
            XCTAssertEqual("\(error)", "no actor named 'Nigr'; did you mean: Niger, Nigeria?")
        }
    }

    func testAdjacencyIsRebuiltAfterMutation() throws {
        var copy = graph
        XCTAssertEqual(copy.outgoing.degree(of: try id("Chad")), 0)
        copy.addEdge(from: try id("Chad"), to: try id("Niger"), relation: "border", evidence: [])
        XCTAssertEqual(copy.outgoing.degree(of: try id("Chad")), 1)
        XCTAssertEqual(graph.outgoing.degree(of: try id("Chad")), 0, "the original value must not see the copy's edge")
        XCTAssertNotNil(copy.shortestPath(from: try id("France"), to: try id("Russia")))
    }
}

final class GraphDescribeTests: XCTestCase {
    func testPathLinesReadAlongThePathAndMarkNegation() throws {
        let graph = GraphFixtures.sahel()
        let france = try XCTUnwrap(graph.node(named: "France")), chad = try XCTUnwrap(graph.node(named: "Chad"))
        let back = try XCTUnwrap(graph.shortestPath(from: chad, to: france))
        XCTAssertEqual(graph.describe(back), ["Chad <--[not withdraw from]-- France", "    doc.txt:7: sentence 7"])
        let niger = try XCTUnwrap(graph.node(named: "Niger")), nigeria = try XCTUnwrap(graph.node(named: "Nigeria"))
        let warn = try XCTUnwrap(graph.shortestPath(from: nigeria, to: niger, directed: true))
        XCTAssertEqual(graph.describe(warn), ["Nigeria --[warn]--> Niger", "    doc.txt:5: sentence 5 (stated 2 times)"])
    }

    func testNeighborhoodListsEveryRelationToTheInnerRing() throws {
        var graph = GraphFixtures.sahel()
        let niger = try XCTUnwrap(graph.node(named: "Niger")), ecowas = try XCTUnwrap(graph.node(named: "ECOWAS"))
        graph.addEdge(from: ecowas, to: niger, relation: "suspend", evidence: [GraphFixtures.evidence(8)])
        XCTAssertEqual(graph.describeNeighborhood(of: ecowas, depth: 1, directed: true), [
            "ECOWAS (organization): 2 actors within 1 hop", "depth 1:",
            "  Niger (country)", "    ECOWAS --[suspend]--> Niger", "        doc.txt:8: sentence 8",
            "  Nigeria (country)", "    ECOWAS --[meet in]--> Nigeria", "        doc.txt:2: sentence 2",
        ])
        let undirected = graph.describeNeighborhood(of: ecowas, depth: 1)
        XCTAssertEqual(undirected.filter { $0.hasPrefix("    ECOWAS") }, [
            "    ECOWAS <--[leave]-- Niger", "    ECOWAS --[suspend]--> Niger", "    ECOWAS --[meet in]--> Nigeria",
        ])
    }

    func testStatsRightAlignDegrees() {
        var star = KnowledgeGraph()
        let hub = star.addNode(name: "Hub", type: .organization)
        for index in 0..<12 {
            star.addEdge(from: hub, to: star.addNode(name: "Leaf \(index)", type: .person), relation: "r", evidence: [])
        }
        XCTAssertEqual(Array(star.stats(top: 2).lines.suffix(2)), ["  Hub     12  organization", "  Leaf 0   1  person"])
    }

    func testStatsLinesAreAligned() {
        let lines = GraphFixtures.sahel().stats(top: 2).lines
        XCTAssertEqual(lines, ["actors: 7", "relations: 7", "statements: 8", "components: 2",
                               "actors by type: country 6, organization 1", "top actors by degree:",
                               "  Niger    3  country", "  Nigeria  3  country"])
    }
}
