import Foundation
import XCTest
import Graph
@testable import Graphviz

final class DOTRoundTripTests: XCTestCase {
    private let engine = GraphvizEngine.shared

    func testSmallGraphRoundTrips() throws {
        let graph = GraphFixtures.small()
        let text = try engine.dot(for: graph)
        XCTAssertEqual(try engine.graph(fromDOT: text), graph)
        XCTAssertTrue(text.hasPrefix("digraph NewsGraph {"), text)
        for attribute in ["rankdir=LR", "overlap=false", "splines=true", "outputorder=edgesfirst", "fontname=Helvetica"] {
            XCTAssertTrue(text.contains(attribute), "missing \(attribute)")
        }
    }

    func testHostileGraphRoundTrips() throws {
        let graph = GraphFixtures.hostile()
        let text = try engine.dot(for: graph)
        let read = try engine.graph(fromDOT: text)
        XCTAssertEqual(read.nodes, graph.nodes)
        XCTAssertEqual(read.edges, graph.edges)
        XCTAssertEqual(read, graph)
        // The text written from the read graph is the same text: the format is a fixed point.
        XCTAssertEqual(try engine.dot(for: read), text)
    }

    func testEachHostileNameAloneRoundTrips() throws {
        for name in GraphFixtures.hostileNames {
            var graph = KnowledgeGraph()
            let a = graph.addNode(name: name, type: .person, aliases: [name + "\\", "x"], attributes: [name: name])
            let b = graph.addNode(name: "other", type: .country)
            graph.addEdge(from: a, to: b, relation: name, evidence: [GraphFixtures.evidence(name)])
            let text = try engine.dot(for: graph)
            XCTAssertEqual(try engine.graph(fromDOT: text), graph, "name \(name.debugDescription):\n\(text)")
        }
    }

    func testWritingIsDeterministicAndUsesGeneratedIDs() throws {
        let graph = GraphFixtures.hostile()
        let first = try engine.dot(for: graph)
        XCTAssertEqual(try engine.dot(for: graph), first)
        XCTAssertTrue(first.contains("\tn0\t["), first)
        XCTAssertTrue(first.contains("key=e0"), first)
    }

    func testDOTBinaryParsesOurText() throws {
        for graph in [GraphFixtures.small(), GraphFixtures.hostile()] {
            let result = try DOTBinary.canon(try engine.dot(for: graph))
            XCTAssertEqual(result.status, 0, result.errors)
            XCTAssertEqual(result.errors, "")
            // What dot wrote back is still our graph.
            XCTAssertEqual(try engine.graph(fromDOT: result.output), graph)
        }
    }

    func testMalformedDOTIsAnErrorWithGraphvizMessage() {
        let valid = (try? engine.dot(for: GraphFixtures.small())) ?? ""
        var bytes: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<2000 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        let inputs = [
            String(valid.prefix(valid.count / 2)), "digraph { a -> ", "garbage ;; }{",
            String(decoding: bytes, as: UTF8.self), "digraph { a\0 -> b }", "", "   ",
        ]
        for input in inputs {
            XCTAssertThrowsError(try engine.graph(fromDOT: input), input.debugDescription) { error in
                guard case let .malformedDOT(message)? = error as? GraphvizError else {
                    return XCTFail("\(error) for \(input.debugDescription)")
                }
                XCTAssertFalse(message.isEmpty)
                XCTAssertFalse(message.contains("\n"), message)
            }
        }
        // The parser is still usable afterwards.
        XCTAssertEqual(try engine.graph(fromDOT: valid), GraphFixtures.small())
        XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { a -> }")) { error in
            XCTAssertEqual(error as? GraphvizError, .malformedDOT("Error: syntax error in line 1 near '}'"))
        }
    }

    func testBrokenDataAttributeIsMalformedDOT() {
        let text = "digraph { graph [newsgraph=1]; n0 -> n1 [key=e0, evidence=\"[{not json\"] }"
        XCTAssertThrowsError(try engine.graph(fromDOT: text)) { error in
            XCTAssertEqual(error as? GraphvizError, .malformedDOT("the evidence of edge e0 is not valid JSON"))
        }
    }

    func testForeignDOTWithSubgraphs() throws {
        let text = """
        digraph G {
          node [shape=box];
          a -> b [label="x"];
          subgraph cluster_one { label="Cluster"; c [label="Côte \\"CI\\""]; d [label=<<b>Delta</b> &amp; co>]; c -> d; }
          subgraph { e; b -> e [label="y\\nz"]; }
          a -> b [label="x"];
          e -> a;
        }
        """
        let graph = try engine.graph(fromDOT: text)
        XCTAssertEqual(graph.nodes.map(\.name), ["a", "b", "Côte \"CI\"", "Delta & co", "e"])
        XCTAssertEqual(graph.nodes.map(\.type), Array(repeating: .other, count: 5))
        XCTAssertEqual(graph.edges.count, 4)
        XCTAssertEqual(graph.edges.map(\.relation), ["x", "related to", "y\nz", "related to"])
        XCTAssertEqual(graph.edges[0].count, 2)
        XCTAssertEqual(graph.edges.map(\.evidence), Array(repeating: [], count: 4))
    }

    func testForeignUndirectedAndPlainDOT() throws {
        let plain = try engine.graph(fromDOT: "digraph { a -> b [label=\"x\"] }")
        XCTAssertEqual(plain.nodes.map(\.name), ["a", "b"])
        XCTAssertEqual(plain.edges.map(\.relation), ["x"])
        let undirected = try engine.graph(fromDOT: "graph { \"x y\" -- z -- w }")
        XCTAssertEqual(undirected.nodes.map(\.name), ["x y", "z", "w"])
        XCTAssertEqual(undirected.edges.map { [$0.source.index, $0.target.index] }, [[0, 1], [1, 2]])
    }
}

extension DOTRoundTripTests {
    /// agmemread leaves text after the first graph in a global lexer buffer; it must not leak
    /// into the next read.
    func testTextAfterTheGraphDoesNotLeakIntoTheNextRead() throws {
        // A text ending inside a string, comment or HTML string must not poison later parses.
        for broken in ["digraph { a \" ", "digraph { /* x", "strict=<strict", "digraph { a [label=<<b>x] }"] {
            XCTAssertThrowsError(try engine.graph(fromDOT: broken))
            XCTAssertEqual(try engine.graph(fromDOT: "digraph { p -> q }").nodes.map(\.name), ["p", "q"], broken)
        }
        XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { x } digraph { y }")) { error in
            XCTAssertEqual(error as? GraphvizError, .malformedDOT("the text holds 2 graphs; NewsGraph reads one"))
        }
        XCTAssertEqual(try engine.graph(fromDOT: "digraph { z }").nodes.map(\.name), ["z"])
        XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { x } garbage -> ;")) { error in
            XCTAssertEqual(error as? GraphvizError, .malformedDOT("after the graph: Error: syntax error in line 1 near 'garbage'"))
        }
        XCTAssertEqual(try engine.graph(fromDOT: "digraph { x } // trailing comment\n").nodes.map(\.name), ["x"])
        XCTAssertEqual(try engine.graph(fromDOT: "digraph {\n a -> b\n}\n\n").nodes.map(\.name), ["a", "b"])
        XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { a -> }")) { error in
            XCTAssertEqual(error as? GraphvizError, .malformedDOT("Error: syntax error in line 1 near '}'"))
        }
    }
}

extension DOTRoundTripTests {
    /// A DOT file saved with Windows line endings still reads back the same graph.
    func testCRLFLineEndingsReadTheSame() throws {
        let graph = GraphFixtures.hostile()
        let text = try engine.dot(for: graph)
        let crlf = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        XCTAssertEqual(try engine.graph(fromDOT: crlf), graph)
    }

    func testNewerFormatVersionIsRefused() {
        XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { graph [newsgraph=3]; n0 }")) { error in
            XCTAssertEqual(error as? GraphvizError,
                           .malformedDOT("the DOT was written in NewsGraph DOT format 3; this version reads format 2"))
        }
        // Format 1 (no actor keys or records) is still read, each actor keyed by its name.
        XCTAssertEqual(try engine.graph(fromDOT: #"digraph { graph [newsgraph=1]; n0 [name="Niger", type=country] }"#).nodes.map(\.key),
                       ["gaz:country:NER"])
    }
}
