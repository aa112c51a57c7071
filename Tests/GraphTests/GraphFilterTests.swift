import XCTest
import Extraction
@testable import Graph

/// Path filters, k simple paths, and their agreement with brute force on seeded random graphs.
final class GraphFilterTests: XCTestCase {
    private func id(_ graph: KnowledgeGraph, _ name: String) throws -> NodeID { try XCTUnwrap(graph.node(named: name)) }

    private func names(_ graph: KnowledgeGraph, _ path: GraphPath?) -> [String] {
        path?.nodes.map { graph.nodes[$0.index].name } ?? []
    }

    func testAvoidRelationAndTypeFilters() throws {
        let graph = GraphFixtures.sahel()
        let russia = try id(graph, "Russia"), nigeria = try id(graph, "Nigeria")
        let mali = try id(graph, "Mali"), niger = try id(graph, "Niger")
        XCTAssertEqual(names(graph, graph.shortestPath(from: russia, to: nigeria, filter: PathFilter(avoid: [mali]))), ["Russia", "Niger", "Nigeria"])
        XCTAssertEqual(names(graph, graph.shortestPath(from: russia, to: nigeria, filter: PathFilter(avoid: [niger]))), ["Russia", "Mali", "Nigeria"])
        XCTAssertNil(graph.shortestPath(from: russia, to: nigeria, filter: PathFilter(avoid: [mali, niger])))
        XCTAssertEqual(names(graph, graph.shortestPath(from: russia, to: nigeria, filter: PathFilter(relations: ["arm", "border"]))),
                       ["Russia", "Mali", "Nigeria"])
        XCTAssertNil(graph.shortestPath(from: russia, to: nigeria, filter: PathFilter(relations: ["arm"])))
        // Directed, Russia reaches Nigeria through Mali or through Niger and ECOWAS; only ECOWAS is an organisation.
        XCTAssertNil(graph.shortestPath(from: russia, to: nigeria, directed: true, filter: PathFilter(types: [.organization])))
        XCTAssertEqual(graph.shortestPath(from: russia, to: nigeria, directed: true, filter: PathFilter(types: [.country]))?.hops.count, 2)
        // The ends are never filtered out.
        XCTAssertNotNil(graph.shortestPath(from: russia, to: mali, filter: PathFilter(types: [.organization], avoid: [russia, mali])))
        let all = graph.allShortestPaths(from: russia, to: nigeria, filter: PathFilter(avoid: [mali]))
        XCTAssertEqual(all.map { names(graph, $0) }, [["Russia", "Niger", "Nigeria"]])
    }

    func testSimplePathsShortestFirstWithinHops() throws {
        let graph = GraphFixtures.sahel()
        let russia = try id(graph, "Russia"), nigeria = try id(graph, "Nigeria")
        let paths = graph.simplePaths(from: russia, to: nigeria, k: 10, maxHops: 4)
        XCTAssertEqual(paths.map { names(graph, $0) }, [["Russia", "Niger", "Nigeria"], ["Russia", "Mali", "Nigeria"],
                                                        ["Russia", "Niger", "ECOWAS", "Nigeria"]])
        XCTAssertEqual(graph.simplePaths(from: russia, to: nigeria, k: 10, maxHops: 2).count, 2)
        XCTAssertEqual(graph.simplePaths(from: russia, to: nigeria, k: 1, maxHops: 4).count, 1)
        XCTAssertEqual(graph.simplePaths(from: russia, to: nigeria, k: 10, maxHops: 1), [])
        XCTAssertEqual(graph.simplePaths(from: russia, to: try id(graph, "Chad"), k: 10, maxHops: 6), [])
    }

    private func randomGraph(_ random: inout LCG, nodes: Int, edges: Int) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let types: [EntityType] = [.country, .organization, .person]
        let ids = (0..<nodes).map { graph.addNode(name: "v\($0)", type: types[random.next(3)]) }
        for _ in 0..<edges {
            graph.addEdge(from: ids[random.next(nodes)], to: ids[random.next(nodes)], relation: ["a", "b", "c"][random.next(3)], evidence: [])
        }
        return graph
    }

    /// Every simple path of at most `maxHops` hops, as node-index sequences, by brute force.
    private func bruteForce(_ graph: KnowledgeGraph, from: Int, to: Int, maxHops: Int, directed: Bool, filter: PathFilter) -> Set<[Int]> {
        var found: Set<[Int]> = []
        func allowedNode(_ n: Int) -> Bool {
            if n == from || n == to { return true }
            if filter.avoid.contains(NodeID(rawValue: Int32(n))) { return false }
            return filter.types.map { $0.contains(graph.nodes[n].type) } ?? true
        }
        func extend(_ path: [Int]) {
            guard let last = path.last else { return }
            if last == to { found.insert(path); return }
            guard path.count - 1 < maxHops else { return }
            for edge in graph.edges where filter.relations.map({ $0.contains(edge.relation) }) ?? true {
                var next: Int?
                if edge.source.index == last { next = edge.target.index } else if !directed, edge.target.index == last { next = edge.source.index }
                guard let step = next, !path.contains(step), allowedNode(step) else { continue }
                extend(path + [step])
            }
        }
        extend([from])
        return found
    }

    func testFilteredSearchesAgreeWithBruteForce() {
        var random = LCG(state: 7)
        var nonEmpty = 0
        for round in 0..<50 {
            let size = 4 + random.next(9)
            let graph = randomGraph(&random, nodes: size, edges: 1 + random.next(size * 2))
            for _ in 0..<6 {
                let from = random.next(size), to = random.next(size)
                guard from != to else { continue }
                let directed = random.next(2) == 0
                let filter = PathFilter(relations: random.next(2) == 0 ? ["a", "b"] : nil,
                                        types: random.next(3) == 0 ? [.country, .person] : nil,
                                        avoid: random.next(2) == 0 ? [NodeID(rawValue: Int32(random.next(size)))] : [])
                let maxHops = 1 + random.next(4)
                let expected = bruteForce(graph, from: from, to: to, maxHops: maxHops, directed: directed, filter: filter)
                let source = NodeID(rawValue: Int32(from)), target = NodeID(rawValue: Int32(to))
                let paths = graph.simplePaths(from: source, to: target, k: 1000, maxHops: maxHops, directed: directed, filter: filter)
                let context = "round \(round) \(from)→\(to) directed \(directed) hops \(maxHops) \(filter)"
                XCTAssertEqual(Set(paths.map { $0.nodes.map(\.index) }), expected, context)
                XCTAssertEqual(paths.map(\.hops.count), paths.map(\.hops.count).sorted(), context)
                let shortest = expected.map { $0.count - 1 }.min()
                XCTAssertEqual(graph.shortestPath(from: source, to: target, directed: directed, maxHops: maxHops, filter: filter)?.hops.count,
                               shortest, context)
                XCTAssertEqual(graph.allShortestPaths(from: source, to: target, directed: directed, maxHops: maxHops, filter: filter).first?.hops.count,
                               shortest, context)
                for path in paths {
                    for hop in path.hops {
                        let edge = graph.edges[hop.edge.index]
                        XCTAssertTrue(filter.relations.map { $0.contains(edge.relation) } ?? true, context)
                        XCTAssertTrue(hop.forward ? (edge.source, edge.target) == (hop.from, hop.to) : (edge.target, edge.source) == (hop.from, hop.to), context)
                    }
                }
                if !expected.isEmpty { nonEmpty += 1 }
            }
        }
        XCTAssertGreaterThan(nonEmpty, 40)
    }
}
