import XCTest
import Extraction
@testable import Graph

/// The bidirectional search against the plain breadth-first one on many seeded random graphs.
final class GraphPathPropertyTests: XCTestCase {

    private func randomGraph(_ random: inout LCG, nodes: Int, edges: Int) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let ids = (0..<nodes).map { graph.addNode(name: "v\($0)", type: .other) }
        for _ in 0..<edges {
            graph.addEdge(from: ids[random.next(nodes)], to: ids[random.next(nodes)],
                          relation: ["a", "b"][random.next(2)], evidence: [])
        }
        return graph
    }

    /// True when consecutive hops chain from `from` to `to` along real edges in the stated direction.
    private func isValid(_ path: GraphPath, in graph: KnowledgeGraph, from: NodeID, to: NodeID, directed: Bool) -> Bool {
        var current = from
        for hop in path.hops {
            let edge = graph.edges[hop.edge.index]
            guard hop.from == current, !directed || hop.forward else { return false }
            let ends = hop.forward ? (edge.source, edge.target) : (edge.target, edge.source)
            guard ends == (hop.from, hop.to) else { return false }
            current = hop.to
        }
        return current == to
    }

    func testBidirectionalSearchMatchesBreadthFirstLengths() {
        var random = LCG(state: 42)
        var compared = 0, found = 0
        for round in 0..<60 {
            let size = 5 + random.next(40)
            let graph = randomGraph(&random, nodes: size, edges: random.next(size * 2) + 1)
            for _ in 0..<20 {
                let from = NodeID(random.next(size)), to = NodeID(random.next(size))
                let directed = random.next(2) == 0
                let maxHops: Int? = random.next(3) == 0 ? 1 + random.next(4) : nil
                let fast = graph.shortestPath(from: from, to: to, directed: directed, maxHops: maxHops)
                let slow = graph.allShortestPaths(from: from, to: to, directed: directed, maxHops: maxHops, limit: 1).first
                XCTAssertEqual(fast?.hops.count, slow?.hops.count, "round \(round): \(from)→\(to) directed \(directed) max \(String(describing: maxHops))")
                if let fast {
                    XCTAssertTrue(isValid(fast, in: graph, from: from, to: to, directed: directed), "round \(round): \(fast)")
                    found += 1
                }
                compared += 1
            }
        }
        XCTAssertGreaterThan(found, compared / 4, "the random graphs should connect a fair share of pairs")
    }
}
