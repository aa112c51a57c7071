import XCTest
import Foundation
import Extraction
@testable import Graph

final class NativeGraphTests: XCTestCase {
    /// The Sahel fixture plus what a byte-exact round trip must survive: attributes, escapes,
    /// canonically equal but differently spelt strings, every optional evidence field and imported
    /// attributes, records.
    private func richGraph() throws -> KnowledgeGraph {
        var graph = GraphFixtures.sahel()
        let russia = try XCTUnwrap(graph.node(named: "Russia"))
        graph.addNode(name: "Russia", type: .country, attributes: ["capital": "Moscow", "iso": "RU"])
        let cafe = graph.addNode(ActorRecord(document: "d/é.txt", name: "Caf\u{E9}", type: .organization, aliases: ["Cafe\u{301}"]))
        graph.addEdge(from: russia, to: cafe, relation: "say \"yes\"\tto\nself", evidence: [
            Evidence(document: "dir/ü.txt", sentence: 9, text: "Ünïcode — “quotes” \\ / 😀", start: 90, end: 115,
                     title: "T", date: "2024-02-01", url: "https://x.test/a", outlet: "Wire",
                     eventStart: "2024-01-01", eventEnd: "2024-01-31", eventPhrase: "in January"),
            Evidence(document: "t.tsv", sentence: 1, text: "", start: 0, end: 0, attributes: ["desk": "Africa", "score": "0.9"]),
        ], negated: true)
        graph.documents["dir/ü.txt"] = "abc123"
        return graph
    }

    func testRoundTripGivesByteIdenticalJSON() throws {
        let graph = try richGraph()
        let native = graph.nativeData()
        let loaded = try KnowledgeGraph(nativeData: native, path: "g.ngraph")
        XCTAssertEqual(loaded, graph)
        XCTAssertEqual(try loaded.jsonData(), try graph.jsonData())
        XCTAssertEqual(loaded.nativeData(), native, "writing is deterministic")
        XCTAssertEqual(loaded.outgoing, graph.outgoing)
        XCTAssertEqual(loaded.incoming, graph.incoming)
    }

    func testJSONToNativeToJSONIsByteIdentical() throws {
        let json = try richGraph().jsonData()
        let fromJSON = try KnowledgeGraph(jsonData: json, path: "g.json")
        let again = try KnowledgeGraph(nativeData: fromJSON.nativeData(), path: "g.ngraph")
        XCTAssertEqual(try again.jsonData(), json)
    }

    func testEmptyGraphRoundTrips() throws {
        let native = KnowledgeGraph().nativeData()
        XCTAssertEqual(try KnowledgeGraph(nativeData: native, path: "e.ngraph"), KnowledgeGraph())
    }

    func testManyEdgesSpanSeveralBlocks() throws {
        var graph = KnowledgeGraph()
        let ids = (0..<60).map { graph.addNode(name: "Actor \($0)", type: .person) }
        for index in 0..<(NativeFormat.blockItems * 3 + 5) {
            graph.addEdge(from: ids[index % 60], to: ids[(index * 7 + 1) % 60], relation: "r\(index % 9)",
                          evidence: [GraphFixtures.evidence(index, "Sentence \(index).")])
        }
        let loaded = try KnowledgeGraph(nativeData: graph.nativeData(), path: "m.ngraph")
        XCTAssertEqual(try loaded.jsonData(), try graph.jsonData())
    }

    func testStructureLoadReadsEvidenceOnDemand() throws {
        let graph = try richGraph()
        let file = try NativeGraph(data: graph.nativeData(), path: "g.ngraph")
        let lazy = try file.graph(loading: .structure)
        XCTAssertEqual(lazy.nodes.map(\.name), graph.nodes.map(\.name))
        XCTAssertEqual(lazy.stats(top: 5), graph.stats(top: 5))
        XCTAssertTrue(lazy.edges.allSatisfy(\.evidence.isEmpty))
        for edge in graph.edges {
            XCTAssertEqual(try lazy.evidence(of: edge.id), edge.evidence)
            XCTAssertEqual(lazy.describeEvidence(of: edge.id), graph.describeEvidence(of: edge.id))
        }
        let from = try XCTUnwrap(graph.node(named: "Russia")), to = try XCTUnwrap(graph.node(named: "Nigeria"))
        let path = try XCTUnwrap(lazy.shortestPath(from: from, to: to))
        XCTAssertEqual(lazy.describe(path), graph.describe(try XCTUnwrap(graph.shortestPath(from: from, to: to))))
    }

    func testForeignFileIsRejected() {
        XCTAssertThrowsError(try KnowledgeGraph(nativeData: Data("{\"format\":\"newsgraph\"}".utf8), path: "x.ngraph")) { error in
            XCTAssertEqual(error as? GraphError, .corruptGraph(path: "x.ngraph", reason: "not a native graph (no NGRAPH header)"))
        }
    }

    func testNewerVersionIsRejected() throws {
        var data = try richGraph().nativeData()
        data[NativeFormat.magic.count] = 9
        XCTAssertThrowsError(try KnowledgeGraph(nativeData: data, path: "v.ngraph")) { error in
            XCTAssertEqual(error as? GraphError, .unsupportedSchemaVersion(9))
        }
    }

    func testTruncatedFileIsRejectedAtEveryLength() throws {
        let data = try richGraph().nativeData()
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 97)) {
            XCTAssertThrowsError(try KnowledgeGraph(nativeData: data.prefix(length), path: "t.ngraph"), "length \(length)") { error in
                guard case .corruptGraph(path: "t.ngraph", let reason)? = error as? GraphError else {
                    return XCTFail("length \(length): \(error)")
                }
                XCTAssertFalse(reason.contains("\n"))
            }
        }
    }

    func testDamagedByteIsCaughtWhereverItIs() throws {
        let data = try richGraph().nativeData()
        let sections = try NativeGraph(data: data, path: "d.ngraph").sections.values
        // Every byte a section holds; the padding between sections carries nothing.
        for offset in sections.flatMap({ stride(from: $0.lowerBound, to: $0.upperBound, by: 5) }) {
            var damaged = data
            damaged[offset] ^= 0x5A
            XCTAssertThrowsError(try KnowledgeGraph(nativeData: damaged, path: "d.ngraph"), "byte \(offset)") { error in
                guard case .corruptGraph? = error as? GraphError else { return XCTFail("byte \(offset): \(error)") }
            }
        }
    }

    func testDamagedEvidenceBlockFailsTheLazyReadOnly() throws {
        let graph = try richGraph()
        var data = graph.nativeData()
        let file = try NativeGraph(data: data, path: "g.ngraph")
        let block = try XCTUnwrap(file.evidenceStore.segments[0].blocks.first)
        data[block.offset + block.compressed / 2] ^= 0xFF
        let lazy = try NativeGraph(data: data, path: "g.ngraph").graph(loading: .structure)
        XCTAssertThrowsError(try lazy.evidence(of: EdgeID(0)))
        XCTAssertTrue(lazy.describeEvidence(of: EdgeID(0)).hasPrefix("(evidence unreadable: graph file g.ngraph is corrupt"))
        XCTAssertThrowsError(try KnowledgeGraph(nativeData: data, path: "g.ngraph"))
    }
}
