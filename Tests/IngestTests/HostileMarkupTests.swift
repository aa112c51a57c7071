import XCTest
@testable import Ingest

/// Fuzz-minded inputs: each must give an answer or a one-line error, fast, never a crash or a hang.
final class HostileMarkupTests: XCTestCase {
    private func page(_ html: String) throws -> String {
        try HTMLReader.article(fromPage: html, name: "p.html").text
    }

    func testBrokenMarkupStillGivesItsText() throws {
        XCTAssertEqual(try page("<p>Ghana & Togo: 3 < 4 and 5 > 2</p>"), "Ghana & Togo: 3 < 4 and 5 > 2\n")
        XCTAssertEqual(try page("<p>Kept text <b>bold<p>next"), "Kept text bold\nnext\n")
        XCTAssertEqual(try page("<p>Before</p><!-- never closed <p>hidden</p>"), "Before\n")
        XCTAssertEqual(try page("<p>Before</p><script>var x = '<p>no</p>'"), "Before\n")
        XCTAssertEqual(try page("<div>Visible <span class=\"x\" title=\"never closed>tail</div>"), "Visible <span class=\"x\" title=\"never closed>tail</div>\n")
        XCTAssertEqual(try page("<p>A &amp;amp; B &unknown; &#0; &#x110000; &#150;</p>"), "A &amp; B &unknown; \u{FFFD} \u{FFFD} –\n")
    }

    func testHugeAttributesAndDeepNestingStayLinear() throws {
        let attribute = String(repeating: "a", count: 2_000_000)
        XCTAssertEqual(try page("<p data-x=\"\(attribute)\">Short text.</p>"), "Short text.\n")
        let deep = String(repeating: "<div>", count: 50_000) + "Deep text." + String(repeating: "</div>", count: 50_000)
        XCTAssertEqual(try page(deep), "Deep text.\n")
        let strays = String(repeating: "<a ", count: 200_000)
        let start = Date()
        XCTAssertNoThrow(try page("<p>x</p>" + strays))
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "a run of unclosed tags is linear")
    }

    func testBadInputsGiveOneLineErrors() {
        let cases: [([UInt8], String, String)] = [
            ([0x7F, 0x45, 0x4C, 0x46, 0, 1, 2], "x.html", "x.html looks like a binary file, not text"),
            (Array("   \n".utf8), "x.html", "x.html is empty"),
            ([0x1F, 0x8B, 8, 0, 1, 2, 3], "x.gz", "x.gz: cannot decompress: the data ends early (truncated file)"),
            ([0x1F, 0x8B, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9], "y.gz", "y.gz: cannot decompress: unknown compression method"),
            (Array("<html><body><nav>menu only</nav></body></html>".utf8), "n.html", "n.html: no articles: the page has no readable text"),
        ]
        for (bytes, name, message) in cases {
            XCTAssertThrowsError(try Ingestor().read(bytes, path: name, name: name), name) { error in
                XCTAssertEqual("\(error)", message)
                XCTAssertFalse("\(error)".contains("\n"))
            }
        }
    }

    func testContentSniffing() {
        XCTAssertEqual(InputKind.sniff(Array("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".utf8)), .feed)
        XCTAssertEqual(InputKind.sniff(Array("\u{FEFF}<!DOCTYPE html><html>".utf8)), .html)
        XCTAssertEqual(InputKind.sniff(Array("{\"title\": \"x\"}\n".utf8)), .json)
        XCTAssertEqual(InputKind.sniff(Array("[ {\"title\": \"x\"} ]".utf8)), .json)
        XCTAssertEqual(InputKind.sniff(Array("[Reuters] Mali met Niger.".utf8)), .text)
        XCTAssertEqual(InputKind.sniff(Array("{Mali} met Niger.".utf8)), .text)
        XCTAssertEqual(InputKind.sniff([0x1F, 0x8B, 8]), .gzip)
        XCTAssertEqual(InputKind(path: "news/feed.XML"), .feed)
        XCTAssertEqual(InputKind(path: "dump.jsonl.gz"), .gzip)
        XCTAssertNil(InputKind(path: "notes.md"))
        XCTAssertNil(InputKind(path: ".gz"))
    }
}
