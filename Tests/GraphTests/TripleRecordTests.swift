import XCTest
import Foundation
import Extraction
@testable import Graph

/// The JSON Lines records beyond plain triples: actor aliases and attributes, document records with
/// their content hash, and skipped-article records (what `extract --documents` writes for shards).
final class TripleRecordTests: XCTestCase {
    private func importing(_ text: String) throws(GraphError) -> (KnowledgeGraph, TripleImport.Summary) {
        var graph = KnowledgeGraph()
        let summary = try graph.importTriples(Data(text.utf8), format: .jsonl, path: "t.jsonl")
        return (graph, summary)
    }

    private func assertError(_ text: String, _ expected: String, line: UInt = #line) {
        do {
            _ = try importing(text)
            XCTFail("accepted bad input", line: line)
        } catch {
            XCTAssertEqual(error.description, expected, line: line)
        }
    }

    func testAliasesAndAttributesReachTheActorRecords() throws {
        let line = #"{"subject":"Abdourahamane Tiani","subject_type":"person","subject_aliases":["Tiani","the general"],"#
            + #""subject_attributes":{"title":"General"},"relation":"meet","object":"Russia","object_type":"country","#
            + #""object_aliases":["Moscow"],"document":"a.txt"}"#
        let (graph, summary) = try importing(line + "\n")
        XCTAssertEqual(summary.documents, 0)
        let tiani = try XCTUnwrap(graph.nodes.first { $0.name == "Abdourahamane Tiani" })
        XCTAssertEqual(tiani.records, [ActorRecord(document: "a.txt", name: "Abdourahamane Tiani", type: .person,
                                                   aliases: ["Tiani", "the general"], attributes: ["title": "General"])])
        let russia = try XCTUnwrap(graph.nodes.first { $0.name == "Russia" })
        XCTAssertEqual(russia.records.first?.aliases, ["Moscow"])
    }

    func testDocumentRecordsKeepTheirHashWhicheverLineComesFirst() throws {
        let triple = #"{"subject":"Russia","relation":"meet","object":"Niger","document":"a.txt"}"#
        let document = #"{"kind":"document","document":"a.txt","hash":"abc123"}"#
        let empty = #"{"kind":"document","document":"b.txt","hash":"def456"}"#
        let (before, summary) = try importing([document, triple, empty].joined(separator: "\n"))
        let (after, _) = try importing([triple, empty, document].joined(separator: "\n"))
        XCTAssertEqual(before.documents, ["a.txt": "abc123", "b.txt": "def456"], "an article without triples is still a document")
        XCTAssertEqual(after.documents, before.documents)
        XCTAssertEqual(summary.documents, 2)
        XCTAssertEqual(before.edges.count, 1, "a document record adds no edge")
    }

    func testSkippedRecordsAreCountedNotMerged() throws {
        let skipped = #"{"kind":"skipped","document":"bad.txt","reason":"bad.txt is binary"}"#
        let (graph, summary) = try importing(skipped + "\n")
        XCTAssertTrue(graph.nodes.isEmpty)
        XCTAssertTrue(graph.documents.isEmpty)
        XCTAssertEqual(summary.skipped.map(\.document), ["bad.txt"])
        XCTAssertEqual(summary.skipped.map(\.reason), ["bad.txt is binary"])
    }

    func testMalformedRecordsAreRefusedWithTheirLine() {
        assertError(#"{"kind":"page","document":"a.txt"}"#, "t.jsonl:1: kind 'page' is not one of triple, document, skipped")
        assertError(#"{"kind":"document","document":"a.txt"}"#, "t.jsonl:1: a document record needs a hash string")
        assertError(#"{"kind":"skipped","reason":"x"}"#, "t.jsonl:1: a skipped record needs a document string")
        assertError(#"{"subject":"A","relation":"r","object":"B","subject_aliases":"A."}"#,
                    "t.jsonl:1: subject_aliases must be a list of strings")
        assertError(#"{"subject":"A","relation":"r","object":"B","object_attributes":{"title":3}}"#,
                    "t.jsonl:1: object_attributes must map names to strings")
        // A misspelt list field cannot pass as an attribute: attributes are one-line values.
        assertError(#"{"subject":"A","relation":"r","object":"B","subject_alias":["A."]}"#,
                    "t.jsonl:1: unknown field \"subject_alias\" holds a list or an object (only strings, numbers and booleans are kept as attributes)")
    }
}
