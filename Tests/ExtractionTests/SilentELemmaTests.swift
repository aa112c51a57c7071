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
}
