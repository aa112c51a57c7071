import XCTest
@testable import Graphviz

final class DOTEscapingTests: XCTestCase {
    /// (input, data value, label value, tooltip value)
    private let table: [(String, String, String, String)] = [
        ("plain", "plain", "plain", "plain"),
        ("say \"hi\"", "say \"hi\"", "say \"hi\"", "say \"hi\""),
        ("a\\b", "a\\\\b", "a\\\\b", "a\\\\\\\\b"),
        ("trailing\\", "trailing\\\\", "trailing\\\\", "trailing\\\\\\\\"),
        ("two\nlines", "two\\nlines", "two\\nlines", "two\\nlines"),
        ("cr\r", "cr\\r", "cr\\r", "cr\\n"),
        ("\\N", "\\\\N", "\\\\N", "\\\\\\\\N"),
        ("\\l and \\G", "\\\\l and \\\\G", "\\\\l and \\\\G", "\\\\\\\\l and \\\\\\\\G"),
        ("<b>bold</b>", "<b>bold</b>", "<b>bold</b>", "<b>bold</b>"),
        ("a & b", "a & b", "a &amp; b", "a &amp; b"),
        ("&amp;", "&amp;", "&amp;amp;", "&amp;amp;"),
        ("🌍", "🌍", "🌍", "🌍"),
        ("Côte d’Ivoire", "Côte d’Ivoire", "Côte d’Ivoire", "Côte d’Ivoire"),
        ("", "", "", ""),
    ]

    func testEscapingTable() {
        for (input, data, label, tooltip) in table {
            XCTAssertEqual(DOTEscaping.escape(input), data, "data value of \(input.debugDescription)")
            XCTAssertEqual(DOTEscaping.label(input), label, "label of \(input.debugDescription)")
            XCTAssertEqual(DOTEscaping.tooltip(input), tooltip, "tooltip of \(input.debugDescription)")
            XCTAssertEqual(DOTEscaping.unescape(data), input, "unescape of \(data.debugDescription)")
            XCTAssertEqual(DOTEscaping.unescapeLabel(label), input, "unescapeLabel of \(label.debugDescription)")
        }
    }

    /// What makes a value survive agwrite → agmemread: no odd backslash run before a quote,
    /// a newline or the end.
    func testEscapedValuesHaveNoOddBackslashRunAtRiskyPlaces() {
        for (input, _, _, _) in table + [("\\\"", "", "", ""), ("x\\\n", "", "", "")] {
            for value in [DOTEscaping.escape(input), DOTEscaping.label(input), DOTEscaping.tooltip(input),
                          DOTEscaping.joinList([input, input])] {
                var run = 0
                for character in value + "\"" {
                    if character == "\\" { run += 1; continue }
                    if character == "\"" || character == "\n" { XCTAssertTrue(run.isMultiple(of: 2), value.debugDescription) }
                    run = 0
                }
            }
        }
    }

    /// A quoted value, read back by Graphviz's own lexer, is the value: quotes inside stay quotes.
    func testQuotedValuesReadBackThroughGraphviz() throws {
        let cases: [(String, String)] = [("plain", "\"plain\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("a\\b", "\"a\\b\""),
                                         ("\"", "\"\\\"\""), ("", "\"\"")]
        for (value, quoted) in cases { XCTAssertEqual(DOTEscaping.quoted(value), quoted, value.debugDescription) }
        // A label's "\r" ends a right-justified line and an empty one names the node by its id: label rules, not quoting.
        for (input, _, _, _) in table + [("\\\"", "", "", ""), ("\"quoted\" \\\"", "", "", "")] where !input.isEmpty && !input.contains("\r") {
            let dot = "digraph g { a [label=\(DOTEscaping.quoted(DOTEscaping.label(input)))]; }"
            let graph = try GraphvizEngine.shared.graph(fromDOT: dot)
            XCTAssertEqual(graph.nodes.first?.name, input, input.debugDescription)
        }
    }

    func testListsRoundTrip() {
        let lists: [[String]] = [[], [""], ["", ""], ["_"], ["\\_"], ["one"], ["a|b", "c\\", "\\|", ""], ["x", "", "y"], ["Côte d’Ivoire", "🌍|🌍"]]
        for list in lists {
            XCTAssertEqual(DOTEscaping.splitList(DOTEscaping.joinList(list)), list)
        }
        XCTAssertEqual(DOTEscaping.joinList(["a|b", "c"]), "a\\|b|c")
        XCTAssertEqual(DOTEscaping.joinList(["", "x"]), "\\_|x")
    }

    func testForeignLabels() {
        XCTAssertEqual(DOTEscaping.labelText("\\N", nodeName: "a"), "a")
        XCTAssertEqual(DOTEscaping.labelText("line\\nnext\\l", nodeName: "a"), "line\nnext")
        XCTAssertEqual(DOTEscaping.labelText("R&amp;D &#233;", nodeName: "a"), "R&D é")
        XCTAssertEqual(DOTEscaping.htmlLabelText("<b>Niger</b><br/>&lt;x&gt; &unknown; &"), "Niger\n<x> &unknown; &")
    }
}
