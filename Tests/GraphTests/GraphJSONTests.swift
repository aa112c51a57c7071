import XCTest
import Foundation
import Extraction
@testable import Graph

final class GraphJSONTests: XCTestCase {
    private func json(_ text: String) -> Data { Data(text.utf8) }

    func testRoundTripIsLossless() throws {
        var graph = GraphFixtures.sahel()
        let russia = try XCTUnwrap(graph.node(named: "Russia"))
        graph.addNode(name: "Russia", type: .country, attributes: ["capital": "Moscow", "iso": "RU"])
        graph.addEdge(from: russia, to: russia, relation: "say \"yes\"\tto\nself", evidence: [
            Evidence(document: "dir/ü.txt", sentence: 9, text: "Ünïcode — “quotes” \\ / 😀", start: 90, end: 115),
        ])
        let data = try graph.jsonData()
        let loaded = try KnowledgeGraph(jsonData: data, path: "g.json")
        XCTAssertEqual(loaded, graph)
        XCTAssertEqual(loaded.node(named: "russian federation"), russia)
        XCTAssertEqual(try loaded.jsonData(), data)
    }

    func testBytesAreDeterministicAndVersioned() throws {
        let first = try GraphFixtures.sahel().jsonData()
        let second = try GraphFixtures.sahel().jsonData()
        XCTAssertEqual(first, second)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: first) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "newsgraph")
        XCTAssertEqual(object["schemaVersion"] as? Int, 2)
        let edges = try XCTUnwrap(object["edges"] as? [[String: Any]])
        XCTAssertEqual(Set(edges[0].keys), ["id", "source", "target", "relation", "count", "negated", "evidence"])
        let evidence = try XCTUnwrap((edges[0]["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(evidence.keys), ["document", "sentence", "start", "end", "text"])
        let nodes = try XCTUnwrap(object["nodes"] as? [[String: Any]])
        XCTAssertEqual(Set(nodes[0].keys), ["id", "key", "name", "type", "aliases", "attributes", "records"])
        let text = String(decoding: first, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"documents\" : {"), text)
    }

    func testEmptyGraphRoundTrips() throws {
        let data = try KnowledgeGraph().jsonData()
        XCTAssertEqual(try KnowledgeGraph(jsonData: data, path: "e.json"), KnowledgeGraph())
    }

    func testCorruptFilesAreRejectedWithTheirReason() {
        let cases: [(String, GraphError)] = [
            ("not json", .corruptGraph(path: "x.json", reason: "not valid JSON")),
            ("", .corruptGraph(path: "x.json", reason: "not valid JSON")),
            (#"{"nodes":[],"edges":[]}"#, .corruptGraph(path: "x.json", reason: "no \"format\" field (not a NewsGraph graph)")),
            (#"{"format":"other","schemaVersion":1}"#, .unsupportedFormat("other")),
            (#"{"format":"newsgraph","schemaVersion":3,"nodes":[],"edges":[]}"#, .unsupportedSchemaVersion(3)),
            (#"{"format":"newsgraph","schemaVersion":1,"nodes":[]}"#,
             .corruptGraph(path: "x.json", reason: "missing field \"edges\" at the top level")),
            (#"{"format":"newsgraph","schemaVersion":1,"nodes":[{"id":0,"name":"A","type":"planet","aliases":[],"attributes":{}}],"edges":[]}"#,
             .corruptGraph(path: "x.json", reason: "bad value at nodes[0].type")),
            (#"{"format":"newsgraph","schemaVersion":1,"nodes":[{"id":0,"name":"A","type":"country","aliases":[],"attributes":{}}],"#
                + #""edges":[{"id":0,"source":0,"target":3,"relation":"r","count":1,"negated":false,"evidence":[]}]}"#,
             .corruptGraph(path: "x.json", reason: "edge 0 refers to node 3, but there are 1 nodes")),
            (#"{"format":"newsgraph","schemaVersion":1,"nodes":[{"id":1,"name":"A","type":"country","aliases":[],"attributes":{}}],"edges":[]}"#,
             .corruptGraph(path: "x.json", reason: "node 0 has id 1")),
            (#"{"format":"newsgraph","schemaVersion":2,"nodes":[{"id":0,"key":"name:a","name":"A","type":"country","aliases":[],"attributes":{}},"#
                + #"{"id":1,"key":"name:a","name":"a","type":"country","aliases":[],"attributes":{}}],"edges":[]}"#,
             .corruptGraph(path: "x.json", reason: "two nodes have the key 'name:a'")),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try KnowledgeGraph(jsonData: json(text), path: "x.json"), text) { error in
                XCTAssertEqual(error as? GraphError, expected, text)
            }
        }
    }
}
