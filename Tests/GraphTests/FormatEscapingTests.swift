import XCTest
@testable import Graph

/// Table tests for every export format's escaping rules.
final class FormatEscapingTests: XCTestCase {
    func testXML() {
        let table: [(String, String)] = [
            ("plain", "plain"),
            ("a & b", "a &amp; b"),
            ("<tag attr=\"x\">", "&lt;tag attr=&quot;x&quot;&gt;"),
            ("it's", "it&apos;s"),
            ("line\nbreak\ttab\rret", "line&#10;break&#9;tab&#13;ret"),
            ("nul\u{0}bell\u{7}", "nul\u{FFFD}bell\u{FFFD}"),
            ("Ünïcode “q” 😀", "Ünïcode “q” 😀"),
            ("\u{FFFE}", "\u{FFFD}"),
        ]
        for (input, expected) in table { XCTAssertEqual(FormatEscaping.xml(input), expected, input) }
    }

    func testRDFString() {
        let table: [(String, String)] = [
            ("plain", "plain"),
            ("say \"hi\"", "say \\\"hi\\\""),
            ("back\\slash", "back\\\\slash"),
            ("a\nb\rc\td", "a\\nb\\rc\\td"),
            ("\u{08}\u{0C}", "\\b\\f"),
            ("\u{1}\u{1F}\u{7F}", "\\u0001\\u001F\\u007F"),
            ("Zürich — 東京 😀", "Zürich — 東京 😀"),
        ]
        for (input, expected) in table { XCTAssertEqual(FormatEscaping.rdfString(input), expected, input) }
    }

    func testIRISegment() {
        let table: [(String, Bool, String)] = [
            ("Russia", true, "russia"),
            ("Economic Community of West African States", true, "economic_community_of_west_african_states"),
            ("U.S.", true, "u.s."),
            ("Guinea-Bissau", true, "guinea-bissau"),
            ("a_b", true, "a%5Fb"),
            ("a b", true, "a_b"),
            ("AT&T/Verizon?#", true, "at%26t%2Fverizon%3F%23"),
            ("Côte d'Ivoire", true, "c%C3%B4te_d%27ivoire"),
            ("<>\"{}|^`\\", true, "%3C%3E%22%7B%7D%7C%5E%60%5C"),
            ("Meet", false, "Meet"),
            ("..", true, "%2E%2E"),
            ("", true, "%00"),
        ]
        for (input, fold, expected) in table {
            XCTAssertEqual(FormatEscaping.iriSegment(input, foldCase: fold), expected, input)
        }
        // Injective: names that differ (ignoring case) never share a segment.
        let names = ["a b", "a_b", "a-b", "a%20b", "a  b", "A B", "a.b"]
        XCTAssertEqual(Set(names.map { FormatEscaping.iriSegment($0) }).count, names.count - 1)
    }

    func testCSV() {
        let table: [(String, String)] = [
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("semi;colon", "semi;colon"),
            ("Zürich", "Zürich"),
        ]
        for (input, expected) in table { XCTAssertEqual(FormatEscaping.csv(input), expected, input) }
    }

    func testMermaid() {
        let table: [(String, String)] = [
            ("plain", "plain"),
            ("say \"hi\"", "say #quot;hi#quot;"),
            ("#1 <b>&", "#35;1 #lt;b#gt;#amp;"),
            ("a\nb\tc", "a b c"),
            ("tick`", "tick#96;"),
            ("end", "end"),
            ("Zürich", "Zürich"),
        ]
        for (input, expected) in table { XCTAssertEqual(FormatEscaping.mermaid(input), expected, input) }
    }

    func testJSON() {
        let table: [(String, String)] = [
            ("plain", "\"plain\""),
            ("q\"b\\", "\"q\\\"b\\\\\""),
            ("a\nb\tc\r", "\"a\\nb\\tc\\r\""),
            ("\u{1}", "\"\\u0001\""),
            ("/ü😀", "\"/ü😀\""),
        ]
        for (input, expected) in table { XCTAssertEqual(FormatEscaping.json(input), expected, input) }
    }

    func testNeo4jNames() {
        XCTAssertEqual(Neo4jExport.relationshipType("send delegation to"), "SEND_DELEGATION_TO")
        XCTAssertEqual(Neo4jExport.relationshipType("  meet -- with "), "MEET_WITH")
        XCTAssertEqual(Neo4jExport.relationshipType("3 times"), "REL_3_TIMES")
        XCTAssertEqual(Neo4jExport.relationshipType("é"), "REL_")
        XCTAssertEqual(Neo4jExport.label("organization"), "Organization")
    }
}
