import XCTest
import Foundation
import Extraction
@testable import Graph

final class TripleImportTests: XCTestCase {
    private func graph(_ text: String, _ format: TripleImport.Format) throws(GraphError) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        try graph.importTriples(Data(text.utf8), format: format, path: "t.\(format.rawValue)")
        return graph
    }

    private func assertError(_ text: String, _ format: TripleImport.Format, _ expected: String, line: UInt = #line) {
        do {
            _ = try graph(text, format)
            XCTFail("accepted bad input", line: line)
        } catch {
            XCTAssertEqual(error.description, expected, line: line)
        }
    }

    func testTSVInAnyColumnOrderMerges() throws {
        let tsv = "object\trelation\tsubject\tnegated\tsentence\tdocument\tevidence\tsubject_type\r\n"
            + "Niger\tsend delegation to\tRussia\tfalse\t3\ta.txt\tRussia sent…\tcountry\n\n"
            + "niger\tsend delegation to\tRUSSIA\t\t4\t\t\t\n"
        let result = try graph(tsv, .tsv)
        XCTAssertEqual(result.nodes.map(\.name), ["Russia", "Niger"])
        XCTAssertEqual(result.nodes[0].type, .country)
        XCTAssertEqual(result.edges.count, 1)
        XCTAssertEqual(result.edges[0].count, 2)
        XCTAssertEqual(result.edges[0].evidence.map(\.document), ["a.txt", "t.tsv"])
        XCTAssertEqual(result.edges[0].evidence.map(\.sentence), [3, 4])
    }

    func testJSONLinesMatchTheExportedFields() throws {
        let source = GraphFixtures.sahel()
        let reread = try graph(source.jsonLines(), .jsonl)
        XCTAssertEqual(reread.nodes.map(\.name), source.nodes.map(\.name))
        XCTAssertEqual(reread.edges.map(\.relation), source.edges.map(\.relation))
        XCTAssertEqual(reread.edges.map(\.evidence), source.edges.map(\.evidence))
        XCTAssertEqual(reread.edges.map(\.negated), source.edges.map(\.negated))
    }

    func testErrorsNameTheLine() {
        assertError("", .tsv, "t.tsv: no header line (the file is empty)")
        assertError("subject\trelation\n", .tsv, "t.tsv:1: the header has no 'object' column")
        assertError("subject\trelation\tobject\tsubject\n", .tsv, "t.tsv:1: column 'subject' appears twice in the header")
        assertError("subject\trelation\tobject\nA\tb\tC\nA\tb\n", .tsv, "t.tsv:3: expected 3 tab-separated fields, found 2")
        assertError("subject\trelation\tobject\n \tb\tC\n", .tsv, "t.tsv:2: empty subject")
        assertError("subject\trelation\tobject\tsubject_type\nA\tb\tC\tplanet\n", .tsv,
                    "t.tsv:2: subject_type 'planet' is not one of country, location, organization, person, group, work, other")
        assertError("subject\trelation\tobject\tstart\nA\tb\tC\t-1\n", .tsv, "t.tsv:2: start must be a whole number ≥ 0")
        assertError("{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\"}\n[1]\n", .jsonl, "t.jsonl:2: not a JSON object")
        assertError("{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"colour\":[1]}\n", .jsonl,
                    "t.jsonl:1: unknown field \"colour\" holds a list or an object (only strings, numbers and booleans are kept as attributes)")
        assertError("subject\trelation\tobject\t\n", .tsv, "t.tsv:1: column 4 of the header has no name")
        assertError("{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"sentence\":1.5}\n", .jsonl,
                    "t.jsonl:1: sentence must be a whole number ≥ 0")
        assertError("{\"subject\":1,\"relation\":\"r\",\"object\":\"B\"}\n", .jsonl, "t.jsonl:1: subject must be a string")
    }

    func testExtraTSVColumnsAreKeptPerStatementAndNamed() throws {
        let tsv = "subject\trelation\tobject\tdesk\tscore\n"
            + "Russia\tsend troops to\tMali\tAfrica\t0.9\n"
            + "Russia\tsend troops to\tMali\tWorld\t\n"
        var result = KnowledgeGraph()
        let summary = try result.importTriples(Data(tsv.utf8), format: .tsv, path: "t.tsv")
        XCTAssertEqual(summary.extraColumns, ["desk", "score"])
        XCTAssertEqual(result.edges.count, 1)
        // Two rows that differ only in an attribute are two statements, each with its own values; an empty
        // cell is no attribute at all.
        XCTAssertEqual(result.edges[0].evidence.map(\.attributes), [["desk": "Africa", "score": "0.9"], ["desk": "World"]])
        XCTAssertEqual(result.evidenceAttributeNames, ["desk", "score"])
    }

    func testExtraJSONFieldsBecomeTextAndRoundTripThroughTheExport() throws {
        let jsonl = #"{"subject":"A","relation":"r","object":"B","rank":3,"weight":0.25,"checked":true,"note":null,"desk":"UK"}"# + "\n"
        var result = KnowledgeGraph()
        let summary = try result.importTriples(Data(jsonl.utf8), format: .jsonl, path: "t.jsonl")
        XCTAssertEqual(summary.extraColumns, ["checked", "desk", "rank", "weight"])
        XCTAssertEqual(result.edges[0].evidence[0].attributes, ["rank": "3", "weight": "0.25", "checked": "true", "desk": "UK"])
        let exported = result.jsonLines()
        XCTAssertTrue(exported.contains(#""checked":"true","desk":"UK","document""#), exported)
        let reread = try graph(exported, .jsonl)
        XCTAssertEqual(reread.edges.map(\.evidence), result.edges.map(\.evidence))
    }

    func testEvidenceWithoutAttributesEncodesAsBefore() throws {
        let plain = Evidence(document: "a.txt", sentence: 0, text: "A met B.", start: 0, end: 8, attributes: [:])
        XCTAssertNil(plain.attributes)
        let json = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        XCTAssertFalse(json.contains("attributes"), json)
    }

    func testInvalidUTF8IsReportedAndGraphUnchanged() {
        var graph = GraphFixtures.sahel()
        var data = Data("subject\trelation\tobject\nA\tb\tC\n".utf8)
        data.append(contentsOf: [0x41, 0xFF, 0x09, 0x62, 0x09, 0x43, 0x0A])
        XCTAssertThrowsError(try graph.importTriples(data, format: .tsv, path: "x.tsv")) { error in
            XCTAssertEqual((error as? GraphError)?.description, "x.tsv:3: not valid UTF-8")
        }
        XCTAssertEqual(graph, GraphFixtures.sahel())
    }
}
