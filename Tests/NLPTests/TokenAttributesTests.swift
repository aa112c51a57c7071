import XCTest
@testable import NLP

/// The tagger's byte-level ASCII attributes must equal the general `Character` path's.
final class TokenAttributesTests: XCTestCase {
    private func fields(_ attributes: TokenAttributes) -> [UInt64] {
        let a = attributes
        return [a.word, a.lower, a.shape, a.prefixes.0, a.prefixes.1, a.prefixes.2, a.prefixes.3,
                a.suffixes.0, a.suffixes.1, a.suffixes.2, a.suffixes.3, a.flags, a.ambiguity]
    }

    func testASCIIPathEqualsCharacterPath() throws {
        let words = ["", "a", "I", "Niger", "ECOWAS", "U.S.", "9bn", "$28bn", "1,000.5", "well-known", "N'T", "x2",
                     "McDonald's", "--", "...", "e-mail", "http://example.com/a_b", "ABCdef-GHI.42", "Washington",
                     "!", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"]
        for word in words {
            let fast = try XCTUnwrap(TokenAttributes.asciiAttributes(word), word)
            XCTAssertEqual(fields(fast), fields(TokenAttributes.characterAttributes(word)), word)
        }
        let sentences = try NLPFixtures.slice()
        for word in sentences.flatMap(\.words) {
            guard let fast = TokenAttributes.asciiAttributes(word) else { continue }
            XCTAssertEqual(fields(fast), fields(TokenAttributes.characterAttributes(word)), word)
        }
    }

    func testOtherWordsTakeTheCharacterPath() {
        for word in ["café", "’s", "naïve", "a\r\nb", "Zürich"] { XCTAssertNil(TokenAttributes.asciiAttributes(word), word) }
        // Both paths agree through `of`, which normalises typographic apostrophes first.
        XCTAssertEqual(fields(TokenAttributes.of("’s", ambiguities: [:])), fields(TokenAttributes.of("'s", ambiguities: [:])))
    }
}
