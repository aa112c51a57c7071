import Extraction
import Foundation
import Graph
import XCTest
@testable import Graphviz

/// Seeded random graphs over an alphabet of DOT- and Graphviz-significant characters.
final class DOTFuzzTests: XCTestCase {
    private let alphabet: [String] = ["\\", "\\", "\"", "\n", "\r", "\t", "|", "&", ";", "<", ">", "N", "l", "G", "n",
                                      " ", "a", "é", "🌍", "{", "}", "[", "]", "=", ",", "#", "/", "*", "-", "amp", "'", "%", "\0"]
    private var state: UInt64 = 0x2545_F491_4F6C_DD1D

    private func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    private func text(maxLength: Int) -> String {
        (0..<next(maxLength + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
    }

    private func graph() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        var ids: [NodeID] = []
        for _ in 0..<(1 + next(6)) {
            let aliases = (0..<next(3)).map { _ in text(maxLength: 6) }
            let attributes = Dictionary((0..<next(3)).map { _ in (text(maxLength: 4), text(maxLength: 8)) }) { first, _ in first }
            ids.append(graph.addNode(name: text(maxLength: 12), type: EntityType.allCases[next(6)],
                                     aliases: aliases, attributes: attributes))
        }
        for _ in 0..<next(8) {
            let evidence = (0..<next(3)).map { index in
                Evidence(document: text(maxLength: 5), sentence: index, text: text(maxLength: 200), start: next(100), end: next(100))
            }
            graph.addEdge(from: ids[next(ids.count)], to: ids[next(ids.count)], relation: text(maxLength: 10),
                          evidence: evidence, count: evidence.isEmpty ? 1 + next(5) : nil, negated: next(2) == 0)
        }
        return graph
    }

    func testRandomGraphsRoundTrip() throws {
        let engine = GraphvizEngine.shared
        for round in 0..<300 {
            let original = graph()
            let text = try engine.dot(for: original)
            let read = try engine.graph(fromDOT: text)
            XCTAssertEqual(read.nodes, original.nodes, "round \(round) nodes:\n\(text)")
            XCTAssertEqual(read.edges, original.edges, "round \(round) edges:\n\(text)")
        }
    }

    /// The reference reader accepts our DOT for hostile content too, and its rewrite reads back.
    func testRandomGraphsSurviveTheDOTBinary() throws {
        for round in 0..<15 {
            let original = graph()
            let result = try DOTBinary.canon(try GraphvizEngine.shared.dot(for: original))
            XCTAssertEqual(result.status, 0, "round \(round): \(result.errors)")
            XCTAssertEqual(result.errors, "", "round \(round)")
            XCTAssertEqual(try GraphvizEngine.shared.graph(fromDOT: result.output), original, "round \(round)")
        }
    }

    func testRandomGraphsRender() throws {
        for _ in 0..<10 {
            let svg = try GraphvizEngine.shared.render(graph(), format: .svg)
            XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("</svg>"))
        }
    }

    /// Random token soup is either read or rejected as malformedDOT, never a crash, and
    /// leaves the parser clean for the next caller.
    func testRandomDOTTokensNeverCrash() throws {
        let tokens = ["digraph", "graph", "strict", "subgraph", "node", "edge", "{", "}", "->", "--", "[", "]", "=", ";",
                      ",", "\"", "<", ">", "a", "b", "label", "\n", "\\", " ", "#", "//", "/*", "*/", "1.5", "-"]
        let engine = GraphvizEngine.shared
        var accepted = 0
        for _ in 0..<400 {
            let text = (0..<(1 + next(25))).map { _ in tokens[next(tokens.count)] }.joined(separator: next(2) == 0 ? " " : "")
            do {
                _ = try engine.graph(fromDOT: text)
                accepted += 1
            } catch let error as GraphvizError {
                guard case .malformedDOT = error else { return XCTFail("\(error) for \(text.debugDescription)") }
            }
            XCTAssertEqual(try engine.graph(fromDOT: "digraph { p -> q }").nodes.map(\.name), ["p", "q"], text.debugDescription)
        }
        XCTAssertLessThan(accepted, 400)
    }
}
