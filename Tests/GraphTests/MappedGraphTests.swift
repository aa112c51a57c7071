import XCTest
import Foundation
import Extraction
@testable import Graph

/// A native file read in place must answer exactly as the graph it holds, loaded.
final class MappedGraphTests: XCTestCase {
    /// Sixty actors (two sharing a name, one known by an alias, one spelt with a combining accent),
    /// parallel edges of different strength in both directions, negated edges, and a few loners.
    private func tangledGraph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var random = LCG(state: 17)
        var ids: [NodeID] = []
        for index in 0..<56 {
            ids.append(graph.addNode(name: "Actor \(index)", type: index % 3 == 0 ? .person : .organization,
                                     aliases: index == 5 ? ["The Fifth"] : []))
        }
        ids.append(graph.addNode(ActorRecord(document: "a.txt", name: "the envoy", type: .person)))
        ids.append(graph.addNode(ActorRecord(document: "b.txt", name: "the envoy", type: .person)))
        ids.append(graph.addNode(name: "Caf\u{E9} Group", type: .organization))
        ids.append(graph.addNode(name: "Loner", type: .other))
        let verbs = ["meet", "fund", "accuse", "join"]
        for index in 0..<150 {
            let from = ids[random.next(58)], to = ids[random.next(58)]
            guard from != to else { continue }
            let evidence = (0..<(1 + random.next(3))).map { sentence in
                Evidence(document: "doc\(index % 7).txt", sentence: sentence, text: "Statement \(index)\tline\nbreak.", start: 0, end: 10)
            }
            graph.addEdge(from: from, to: to, relation: verbs[random.next(4)], evidence: evidence, negated: index % 11 == 0)
        }
        return graph
    }

    private func withMapped<T>(_ graph: KnowledgeGraph, nameIndex: Bool = true,
                               _ body: (MappedGraph, KnowledgeGraph) throws -> T) throws -> T {
        let data = graph.nativeData(nameIndex: nameIndex)
        let loaded = try NativeGraph(data: data, path: "g.ngraph").graph(loading: .structure)
        return try XCTUnwrap(try NativeGraph(data: data, path: "g.ngraph").withMapped { try body($0, loaded) })
    }

    func testStatsEqualTheLoadedGraphs() throws {
        for graph in [tangledGraph(), GraphFixtures.sahel(), KnowledgeGraph()] {
            try withMapped(graph) { mapped, loaded in
                for top in [0, 1, 3, 10, 1000] { XCTAssertEqual(mapped.stats(top: top), loaded.stats(top: top), "top \(top)") }
            }
        }
    }

    func testRankingsAndComponentsEqualTheLoadedGraphsBitForBit() throws {
        for graph in [tangledGraph(), GraphFixtures.sahel(), KnowledgeGraph()] {
            try withMapped(graph) { mapped, loaded in
                XCTAssertEqual(mapped.rankByDegree(), loaded.rankByDegree())
                // Equal Doubles, not merely close ones: the same sums in the same order.
                XCTAssertEqual(mapped.rankByPageRank(), loaded.rankByPageRank())
                XCTAssertEqual(mapped.components(), loaded.components())
                for node in 0..<mapped.nodeCount { XCTAssertEqual(mapped.nodeKey(NodeID(node)), loaded.nodes[node].key) }
            }
        }
        // The tangled graph has loners, so several components, and hubs whose rank is not a tie.
        try withMapped(tangledGraph()) { mapped, _ in
            XCTAssertGreaterThan(mapped.components().count, 1)
            let scores = mapped.rankByPageRank().map(\.score)
            XCTAssertEqual(scores.reduce(0, +), 1, accuracy: 1e-9)
            XCTAssertGreaterThan(scores[0], scores[scores.count - 1])
        }
    }

    func testEgoGraphsAndSubgraphsCutInPlaceEqualTheWholeGraphs() throws {
        let data = tangledGraph().nativeData()
        let whole = try NativeGraph(data: data, path: "g.ngraph").graph(loading: .everything)
        try XCTUnwrap(try NativeGraph(data: data, path: "g.ngraph").withMapped { mapped in
            for center in 0..<mapped.nodeCount {
                for depth in 0...2 {
                    let cut = try mapped.egoGraph(of: NodeID(center), depth: depth)
                    XCTAssertEqual(try cut.jsonData(), try whole.egoGraph(of: NodeID(center), depth: depth).jsonData(), "\(center) at \(depth)")
                }
            }
            for count in [1, 2, 5, 20, 100] {
                XCTAssertEqual(try mapped.connectedTop(count).jsonData(), try whole.connectedTop(count).jsonData(), "top \(count)")
            }
            XCTAssertEqual(try mapped.connectedTop(5).nodes.count, 5)
            let keep: Set<NodeID> = [NodeID(0), NodeID(3), NodeID(5), NodeID(56), NodeID(57), NodeID(59), NodeID(400)]
            let cut = try mapped.subgraph(keep)
            XCTAssertEqual(try cut.jsonData(), try whole.subgraph(keep).jsonData())
            XCTAssertEqual(cut.nodes.count, 6)
            XCTAssertFalse(cut.nodes.allSatisfy(\.records.isEmpty))
        })
    }

    func testAViewOfTheStructureWithItsProvenanceReadInEqualsTheViewOfTheWholeGraph() throws {
        let data = tangledGraph().nativeData()
        let whole = try NativeGraph(data: data, path: "g.ngraph").graph(loading: .everything)
        let structure = try NativeGraph(data: data, path: "g.ngraph").graph(loading: .structure)
        XCTAssertTrue(structure.edges.allSatisfy(\.evidence.isEmpty))
        let cuts: [(KnowledgeGraph) -> KnowledgeGraph] = [
            { $0.egoGraph(of: NodeID(5), depth: 1) }, { $0.egoGraph(of: NodeID(56), depth: 2) }, { $0.mostConnected(7) },
            { $0.connectedTop(9) }, { $0.filteringEdges { $0.relation == "fund" } }, { $0 },
        ]
        for (index, cut) in cuts.enumerated() {
            let expected = cut(whole)
            let filled = try structure.provenance(for: cut(structure))
            XCTAssertEqual(filled.nodes, expected.nodes, "cut \(index)")
            XCTAssertEqual(filled.edges, expected.edges, "cut \(index)")
            XCTAssertEqual(try filled.jsonData(), try expected.jsonData(), "cut \(index)")
            XCTAssertFalse(filled.edges.isEmpty, "cut \(index)")
        }
        // A graph that holds its provenance hands the view back as it is.
        let view = whole.mostConnected(3)
        XCTAssertEqual(try whole.provenance(for: view).edges, view.edges)
    }

    func testEveryShortestPathAndItsTextEqualTheLoadedGraphs() throws {
        try withMapped(tangledGraph()) { mapped, loaded in
            for source in 0..<mapped.nodeCount {
                for target in 0..<mapped.nodeCount {
                    let ends = (NodeID(source), NodeID(target))
                    for (directed, hops) in [(false, nil), (true, nil), (false, 2 as Int?)] {
                        let expected = loaded.shortestPath(from: ends.0, to: ends.1, directed: directed, maxHops: hops)
                        let found = mapped.shortestPath(from: ends.0, to: ends.1, directed: directed, maxHops: hops)
                        XCTAssertEqual(found, expected, "\(ends) directed \(directed) hops \(String(describing: hops))")
                        if let found { XCTAssertEqual(mapped.describe(found), loaded.describe(found)) }
                    }
                }
            }
        }
    }

    func testNeighbourhoodTextEqualsTheLoadedGraphs() throws {
        try withMapped(tangledGraph()) { mapped, loaded in
            for center in 0..<mapped.nodeCount {
                for (depth, directed) in [(1, false), (2, false), (1, true), (3, true)] {
                    XCTAssertEqual(mapped.describeNeighborhood(of: NodeID(center), depth: depth, directed: directed),
                                   loaded.describeNeighborhood(of: NodeID(center), depth: depth, directed: directed))
                }
            }
        }
    }

    func testPlainNamesResolveAsTheLoadedGraphAndTheRestAreLeftToIt() throws {
        try withMapped(tangledGraph()) { mapped, loaded in
            for name in ["Actor 7", "  actor 7 ", "ACTOR 12", "the fifth", "Cafe\u{301} group"] {
                XCTAssertEqual(mapped.plainNode(named: name), try loaded.resolve(name), name)
            }
            // Ambiguous, unknown and a choice as an ambiguity error words it: the loaded graph answers.
            for name in ["the envoy", "Nobody", "the envoy (person, from a.txt)", ""] {
                XCTAssertNil(mapped.plainNode(named: name), name)
            }
        }
    }

    func testAFileWithoutTheNameIndexStillAnswersStatsAndLeavesNamesToTheLoadedGraph() throws {
        let graph = tangledGraph()
        XCTAssertLessThan(graph.nativeData(nameIndex: false).count, graph.nativeData().count)
        try withMapped(graph, nameIndex: false) { mapped, loaded in
            XCTAssertNil(mapped.plainNode(named: "Actor 7"))
            XCTAssertEqual(mapped.stats(), loaded.stats())
        }
        let old = try KnowledgeGraph(nativeData: graph.nativeData(nameIndex: false), path: "old.ngraph")
        XCTAssertEqual(try old.jsonData(), try graph.jsonData())
    }

    func testBytesThatDoNotStartOnAWordAreReadToo() throws {
        let graph = tangledGraph()
        let padded = Data([0, 0, 0]) + graph.nativeData()
        let native = try NativeGraph(data: padded.dropFirst(3), path: "g.ngraph")
        let loaded = try KnowledgeGraph(nativeData: graph.nativeData(), path: "g.ngraph")
        XCTAssertEqual(try native.withMapped { $0.stats() }, loaded.stats())
    }

    func testListsThatPointOutsideTheGraphAreRefusedOnOpen() throws {
        var data = tangledGraph().nativeData()
        let native = try NativeGraph(data: data, path: "g.ngraph")
        let outgoing = try XCTUnwrap(native.sections[.outgoing])
        // The first neighbour entry of the outgoing lists, pointed far outside, with the checksum redone.
        let nodes = try XCTUnwrap(native.withMapped { $0.nodeCount }), edges = try XCTUnwrap(native.withMapped { $0.edgeCount })
        let slot = outgoing.lowerBound + (nodes + 1) * 4 + edges * 4
        data.replaceSubrange(slot..<(slot + 4), with: withUnsafeBytes(of: Int32(1_000_000).littleEndian) { Array($0) })
        // Redo the section's checksum in the table, so only the range check can catch it.
        let sum = data.withUnsafeBytes { NativeFormat.checksum(UnsafeRawBufferPointer(rebasing: $0[outgoing])) }
        let entry = try XCTUnwrap((0..<9).map { 16 + $0 * 32 }.first { start in
            data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: start, as: UInt32.self) } == NativeFormat.Section.outgoing.rawValue
        })
        data.replaceSubrange((entry + 24)..<(entry + 32), with: withUnsafeBytes(of: sum.littleEndian) { Array($0) })
        let damaged = try NativeGraph(data: data, path: "g.ngraph")
        XCTAssertThrowsError(try damaged.withMapped { _ in 0 }) { error in
            XCTAssertTrue("\(error)".contains("do not exist") || "\(error)".contains("corrupt"), "\(error)")
        }
    }
}
