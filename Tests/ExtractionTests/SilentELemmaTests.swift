import XCTest
@testable import Extraction

/// Verb lemmas whose silent "e" the suffix rules drop.
final class SilentELemmaTests: XCTestCase {
    func testSilentEEndings() {
        for stem in ["mediat", "restor", "promot", "approv", "acquir", "negotiat", "creat", "complet", "delet", "receiv",
                     "collaps", "strik", "unit", "invit", "compet", "conced"] {
            XCTAssertTrue(SuffixLemmatizer.likelyLostSilentE(stem), stem)
        }
        for stem in ["visit", "monitor", "chair", "float", "treat", "defeat", "repeat", "open", "edit", "limit"] {
            XCTAssertFalse(SuffixLemmatizer.likelyLostSilentE(stem), stem)
        }
        XCTAssertEqual(try Support.read("Egypt mediated talks between Sudan and Chad."),
                       ["Egypt | mediate talks between | Sudan", "Egypt | mediate talks between | Chad"])
        XCTAssertEqual(try Support.read("Joss Whedon created the character for Warner Bros."), ["Joss Whedon | create character for | Warner Bros."])
    }

    func testShortStemsWithAVowelPairTakeNoE() {
        for stem in ["foul", "tout", "heap", "boot"] { XCTAssertTrue(SuffixLemmatizer.endsInVowelPair(stem), stem) }
        for stem in ["hop", "vot", "rul"] { XCTAssertFalse(SuffixLemmatizer.endsInVowelPair(stem), stem) }
        XCTAssertEqual(SuffixLemmatizer.verbLemma("overtook"), "overtake")
    }

    func testCeedVerbsAreBaseForms() {
        XCTAssertEqual(SuffixLemmatizer.verbLemma("succeed"), "succeed")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("proceeded"), "proceed")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("agreed"), "agree")
    }

    func testKnownWordsTakeTheTrainedLemma() throws {
        // The rules would undo a doubling that is none ("added" → "ad") or keep an "e" of "-used" ("focused" →
        // "focuse"); the tagger knows these words, so the trained table's lemma is used.
        let document = try Support.extractorOrFail().pipeline("Peter Varga added that he focused on Pell Capital.", id: "t")
        let table = TokenTable(document)
        let lemmas = Dictionary(uniqueKeysWithValues: (0..<table.count).map { (table.lower[$0], table.verbLemma($0)) })
        XCTAssertEqual(lemmas["added"], "add")
        XCTAssertEqual(lemmas["focused"], "focus")
        XCTAssertEqual(SuffixLemmatizer.verbLemma("misled"), "mislead")
        // "add" reports speech now: the speaker is linked to what the added clause is about.
        let lines = try Support.read("Peter Varga added that Harrow Bank had misled Pell Capital.")
        XCTAssertTrue(lines.contains("Harrow Bank | mislead | Pell Capital"), "\(lines)")
    }
}
