import XCTest
@testable import Extraction

/// Very long texts are read in windows so memory stays bounded; the windows must tile the text and the
/// stitched result must point back into the whole text.
final class WindowedExtractionTests: XCTestCase {
    private func assertTiles(_ windows: [Range<Int>], _ text: String, limit: Int, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(windows.first?.lowerBound, 0, file: file, line: line)
        XCTAssertEqual(windows.last?.upperBound, text.unicodeScalars.count, file: file, line: line)
        for (previous, next) in zip(windows, windows.dropFirst()) {
            XCTAssertEqual(previous.upperBound, next.lowerBound, "gap or overlap", file: file, line: line)
        }
        for window in windows {
            XCTAssertFalse(window.isEmpty, file: file, line: line)
            XCTAssertLessThanOrEqual(window.count, limit, file: file, line: line)
        }
    }

    private func slices(_ text: String, _ windows: [Range<Int>]) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return windows.map { window in
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[window])
            return String(piece)
        }
    }

    func testWindowsPreferLineThenSentenceThenWordBoundaries() {
        let lines = "Alpha beta gamma. Delta epsilon.\nZeta eta theta. Iota kappa lambda mu.\n"
        let byLine = ArticleExtractor.windows(of: lines, limit: 40)
        assertTiles(byLine, lines, limit: 40)
        XCTAssertEqual(slices(lines, byLine).first, "Alpha beta gamma. Delta epsilon.\n")

        let sentences = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa."
        let bySentence = ArticleExtractor.windows(of: sentences, limit: 30)
        assertTiles(bySentence, sentences, limit: 30)
        XCTAssertEqual(slices(sentences, bySentence).first, "Alpha beta gamma delta. ")

        let words = "alpha beta gamma delta epsilon zeta eta theta"
        let byWord = ArticleExtractor.windows(of: words, limit: 20)
        assertTiles(byWord, words, limit: 20)
        XCTAssertEqual(slices(words, byWord).first, "alpha beta gamma ")
    }

    func testUnbrokenRunsAreCutAtTheLimitAndShortTextsStayWhole() {
        let run = String(repeating: "é", count: 25) + "😀"
        let windows = ArticleExtractor.windows(of: run, limit: 10)
        assertTiles(windows, run, limit: 10)
        XCTAssertEqual(windows.map(\.count), [10, 10, 6])
        XCTAssertEqual(ArticleExtractor.windows(of: "short", limit: 100), [0..<5])
        XCTAssertEqual(ArticleExtractor.windows(of: "", limit: 100), [0..<0])
    }

    func testWindowedTriplesCarryDocumentWideSentencesAndOffsets() throws {
        let extractor = try Support.extractorOrFail()
        let paragraph = "Kenya signed a trade deal with Uganda on Monday.\nThe weather in Nairobi was mild.\n"
        let closing = "“Ghana condemned Togo’s decision,” officials said.\n"
        let text = String(repeating: paragraph, count: 6) + closing

        let whole = try extractor.analyze(text, document: "d")
        let windowed = try extractor.analyzeInWindows(text, document: "d", limit: 120)
        XCTAssertGreaterThan(ArticleExtractor.windows(of: text, limit: 120).count, 4)

        // Independent sentences give the same triples whichever way the text is read.
        XCTAssertEqual(Support.lines(windowed.triples), Support.lines(whole.triples))
        XCTAssertEqual(windowed.triples.map(\.evidence), whole.triples.map(\.evidence))
        XCTAssertEqual(windowed.triples.filter { $0.subject.name == "Kenya" && $0.object.name == "Uganda" }.count, 6)
        XCTAssertTrue(windowed.triples.contains { $0.subject.name == "Ghana" && $0.object.name == "Togo" })
        let scalars = Array(text.unicodeScalars)
        for triple in windowed.triples {
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[triple.evidence.start..<triple.evidence.end])
            XCTAssertEqual(String(piece), triple.evidence.text)
        }
        // Actors met in several windows are one actor.
        XCTAssertEqual(windowed.actors.filter { $0.name == "Kenya" }.count, 1)
        XCTAssertEqual(Set(windowed.actors.map(\.name)), Set(whole.actors.map(\.name)))
    }
}
