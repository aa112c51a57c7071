import XCTest
import Extraction
@testable import Graph

/// Louvain on graphs with planted communities.
final class CommunityTests: XCTestCase {
    /// `groups` cliques of `size` actors (every pair stated `inner` times), joined in a ring by
    /// one weak statement between consecutive groups.
    static func planted(groups: Int, size: Int, inner: Int = 3) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var members: [[NodeID]] = []
        // Interleaved creation, so node ids alone do not reveal the groups.
        for index in 0..<(groups * size) {
            let group = index % groups
            if members.count <= group { members.append([]) }
            members[group].append(graph.addNode(name: "G\(group) M\(index / groups)", type: .person))
        }
        for group in members {
            for (index, node) in group.enumerated() {
                for other in group[(index + 1)...] {
                    graph.addEdge(from: node, to: other, relation: "meet", evidence: [GraphFixtures.evidence(0)], count: inner)
                }
            }
        }
        for group in 0..<groups {
            graph.addEdge(from: members[group][0], to: members[(group + 1) % groups][1], relation: "call",
                          evidence: [GraphFixtures.evidence(1)])
        }
        return graph
    }

    func testFindsPlantedCliques() {
        let graph = Self.planted(groups: 5, size: 6)
        let found = graph.communities()
        XCTAssertEqual(found.count, 5)
        for community in found {
            let groups = Set(community.members.map { graph.nodes[$0.index].name.prefix(2) })
            XCTAssertEqual(groups.count, 1, "\(community.members.map { graph.nodes[$0.index].name })")
            XCTAssertEqual(community.members.count, 6)
            XCTAssertEqual(community.innerStatements, 15 * 3)
            XCTAssertEqual(community.outerStatements, 2)
        }
        XCTAssertGreaterThan(graph.modularity(of: found), 0.7)
        XCTAssertEqual(graph.communities(), found, "deterministic")
    }

    /// A planted partition with noise: two dense groups of 8 with sparse random links between
    /// them (a fixed pattern); each found community is mostly one planted group.
    func testNoisyPlantedPartitionIsRecovered() {
        var graph = Self.planted(groups: 2, size: 8, inner: 1)
        let left = graph.nodes.indices.filter { $0 % 2 == 0 }, right = graph.nodes.indices.filter { $0 % 2 == 1 }
        for index in 0..<4 {
            graph.addEdge(from: NodeID(rawValue: Int32(left[index * 2])), to: NodeID(rawValue: Int32(right[(index * 3) % 8])),
                          relation: "noise", evidence: [GraphFixtures.evidence(2)])
        }
        let found = graph.communities()
        XCTAssertEqual(found.count, 2)
        for community in found {
            let planted = Set(community.members.map { $0.index % 2 })
            XCTAssertEqual(planted.count, 1)
        }
    }

    func testIsolatedActorsAndEmptyGraphs() {
        XCTAssertEqual(KnowledgeGraph().communities(), [])
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .person), b = graph.addNode(name: "B", type: .person)
        _ = graph.addNode(name: "Alone", type: .person)
        graph.addEdge(from: a, to: b, relation: "meet", evidence: [GraphFixtures.evidence(0)])
        let found = graph.communities()
        XCTAssertEqual(found.map { $0.members.map { graph.nodes[$0.index].name } }, [["A", "B"], ["Alone"]])
        XCTAssertEqual(graph.modularity(of: found), 0, accuracy: 1e-9)
    }
}
