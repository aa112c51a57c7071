import XCTest
@testable import Graph

/// `NameKey`'s byte paths for ASCII names give what its scalar and Character paths give, and stand
/// aside for any other name.
final class NameKeyFastPathTests: XCTestCase {
    /// Names built from the bytes that the paths treat specially, and some random ones.
    private func asciiNames() -> [String] {
        let fixed = ["", " ", "the", "The Hague", "THE  big-apple's", "Mr. George W. Bush", "under_score`s", "\tTab\nNew",
                     "the the", "ORGANISATION of X", "A.B.C.", "It's", "Co's", "3M", " the  Ministry ", "tHe x", "thee X",
                     "\r\nCarriage", "Zed\r", "- Dash -", "1st Battalion", "@ home"]
        let alphabet = Array("aAtThHeEzZ09 .-_`'\t\n\r,@".utf8)
        var generator = SystemRandomNumberGenerator()
        let random = (0..<3000).map { _ in
            String(decoding: (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 },
                   as: UTF8.self)
        }
        return fixed + random
    }

    func testASCIIWordsMatchTheScalarLoop() {
        for name in asciiNames() {
            XCTAssertEqual(NameKey.asciiWords(name), NameKey.scalarWords(name), name.debugDescription)
        }
    }

    func testASCIIIsProperMatchesTheCharacterTest() {
        for name in asciiNames() {
            XCTAssertEqual(NameKey.asciiIsProper(name), NameKey.characterIsProper(name), name.debugDescription)
        }
    }

    func testOtherNamesTakeTheGeneralPath() {
        for name in ["Zoë Ball", "Zoe\u{308} Ball", "São Paulo", "Ahmed’s", "İstanbul"] {
            XCTAssertNil(NameKey.asciiWords(name))
            XCTAssertNil(NameKey.asciiIsProper(name))
        }
        XCTAssertEqual(NameKey.words("Ahmed’s Party-Line"), ["ahmed's", "party", "line"])
        XCTAssertTrue(NameKey.isProper("the Élysée"))
    }
}
