import XCTest
@testable import NLP

/// The byte-level fast paths must give exactly what the general `Character` / scalar paths give.
final class NLPFastPathTests: XCTestCase {
    private let words = [
        "Washington", "ECOWAS", "F-16", "1,000.5", "U.S.", "n't", "don’t", "Côte", "ÉCOWAS", "naïve", "straße",
        "２０２４", "Ｆoo", "e\u{301}tude", "A\u{301}B", "x\r\ny", "\r\n", "", "---", "a", "AAAAbbbbCCCC1111",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", "abcdefghijklmnopqrstuvwxé", "abcdefghijklmnopqrstuvwx\u{301}z",
        "http://example.com/a_b?c=1", "#tag", "@handle", "£28bn", "🇨🇮",
    ]

    func testASCIIShapeMatchesTheCharacterShape() {
        var fastPaths = 0
        for word in words {
            XCTAssertEqual(WordForm.shape(word), WordForm.characterShape(word), word)
            if let fast = WordForm.asciiShape(word) {
                fastPaths += 1
                XCTAssertEqual(fast, WordForm.characterShape(word), word)
            }
        }
        XCTAssertNil(WordForm.asciiShape("Côte"))
        XCTAssertNil(WordForm.asciiShape("x\r\ny"))
        XCTAssertNil(WordForm.asciiShape("abcdefghijklmnopqrstuvwx\u{301}z"))
        XCTAssertEqual(WordForm.shape("Washington"), "Xxx")
        XCTAssertGreaterThan(fastPaths, 10)
    }

    func testSentenceTerminalsMatchTheScalarPath() {
        let tokens = words + [".", "!", "?", "…", "...", "Gen.", "U.S.", "Mr.", "A.", "etc.", ":)", ";-(", ":P", ":1", ";",
                              ":", "é.", "»", "”", "wow!", "x?", "e\u{301}.", "١."]
        for word in tokens {
            XCTAssertEqual(SentenceScan.terminal(word), SentenceScan.scalarTerminal(word), word)
        }
        XCTAssertEqual(SentenceScan.terminal("Washington"), SentenceScan.Terminal.none)
        XCTAssertNotEqual(SentenceScan.terminal(":)"), SentenceScan.Terminal.none)
    }

    func testScalarStringsMatchTheScalarView() {
        let text = "Côte d’Ivoire 🇨🇮 ok e\u{301} ２０２４ \r\n end"
        let scalars = Array(text.unicodeScalars)
        for lower in 0...scalars.count {
            for upper in lower...scalars.count {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lower..<upper])
                XCTAssertEqual(TextSlicer.string(scalars[lower..<upper]), String(view))
                XCTAssertTrue(TextSlicer.string(scalars[lower..<upper]).unicodeScalars.elementsEqual(scalars[lower..<upper]))
            }
        }
    }
}
