import XCTest
@testable import NLP

final class TextDecodingTests: XCTestCase {
    func testPlainUTF8() throws {
        let decoded = try TextDecoder.decode(Array("Niger’s junta 🇳🇪".utf8), name: "a.txt")
        XCTAssertEqual(decoded.text, "Niger’s junta 🇳🇪")
        XCTAssertEqual(decoded.encoding, .utf8)
        XCTAssertEqual(decoded.warnings, [])
    }

    func testUTF8ByteOrderMarkIsDropped() throws {
        let decoded = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hello".utf8), name: "a.txt")
        XCTAssertEqual(decoded.text, "Hello")
        XCTAssertEqual(decoded.encoding, .utf8)
    }

    func testUTF16WithByteOrderMarks() throws {
        let text = "Côte d’Ivoire 🇨🇮"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let decodedLittle = try TextDecoder.decode(little, name: "le.txt")
        XCTAssertEqual(decodedLittle.text, text)
        XCTAssertEqual(decodedLittle.encoding, .utf16LittleEndian)
        let decodedBig = try TextDecoder.decode(big, name: "be.txt")
        XCTAssertEqual(decodedBig.text, text)
        XCTAssertEqual(decodedBig.encoding, .utf16BigEndian)
        XCTAssertEqual(decodedBig.warnings, [])
    }

    func testUTF16WithoutByteOrderMarkIsRecognisedWithWarning() throws {
        let bytes = Array("Plain text here".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoder.decode(bytes, name: "x.txt")
        XCTAssertEqual(decoded.text, "Plain text here")
        XCTAssertEqual(decoded.encoding, .utf16LittleEndian)
        XCTAssertEqual(decoded.warnings.count, 1)
    }

    func testInvalidUTF8FallsBackToWindows1252() throws {
        // "£5 – caf\xE9" in Windows-1252: 0xA3 pound, 0x96 en dash, 0xE9 e acute.
        let bytes: [UInt8] = [0xA3, 0x35, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xE9]
        let decoded = try TextDecoder.decode(bytes, name: "old.txt")
        XCTAssertEqual(decoded.text, "£5 – café")
        XCTAssertEqual(decoded.encoding, .windows1252)
        XCTAssertEqual(decoded.warnings, ["old.txt is not valid UTF-8; decoded as Windows-1252 (Latin-1)"])
    }

    func testMixedUTF8KeepsItsWellFormedCharacters() throws {
        // UTF-8 curly quote and e acute around one Latin-1 pound byte; an overlong NUL and a
        // truncated sequence are stray bytes too.
        let bytes = Array("Germany\u{2019}s ".utf8) + [0xA3] + Array("5m \u{E9}lection ".utf8) + [0xC0, 0x80, 0xE2, 0x82]
        let decoded = try TextDecoder.decode(bytes, name: "mixed.txt")
        XCTAssertEqual(decoded.text, "Germany\u{2019}s \u{A3}5m \u{E9}lection \u{C0}\u{20AC}\u{E2}\u{201A}")
        XCTAssertEqual(decoded.encoding, .windows1252)
    }

    func testBinaryInputIsRejected() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]
        XCTAssertThrowsError(try TextDecoder.decode(png, name: "img.png")) { error in
            XCTAssertEqual(error as? NLPError, .binaryInput("img.png"))
            XCTAssertEqual("\(error)", "img.png looks like a binary file, not text")
        }
        let controls = [UInt8](repeating: 0x01, count: 10) + Array(String(repeating: "text ", count: 20).utf8)
        XCTAssertThrowsError(try TextDecoder.decode(controls, name: "c.bin")) { error in
            XCTAssertEqual(error as? NLPError, .binaryInput("c.bin"))
        }
    }

    func testBinaryBehindAUTF16MarkIsRejected() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x01, 0x00, 0x41, 0x00]
        XCTAssertThrowsError(try TextDecoder.decode(bytes, name: "u.bin")) { error in
            XCTAssertEqual(error as? NLPError, .binaryInput("u.bin"))
        }
    }

    func testEmptyAndBlankInputAreRejected() {
        for bytes in [[], Array(" \n\t\r\n".utf8), [0xEF, 0xBB, 0xBF]] as [[UInt8]] {
            XCTAssertThrowsError(try TextDecoder.decode(bytes, name: "e.txt")) { error in
                XCTAssertEqual(error as? NLPError, .emptyInput("e.txt"))
            }
        }
    }

    func testLineBreaksAreNormalised() throws {
        let decoded = try TextDecoder.decode(Array("one\r\ntwo\rthree\n".utf8), name: "crlf.txt")
        XCTAssertEqual(Array(decoded.text.unicodeScalars), Array("one\ntwo\nthree\n".unicodeScalars))
    }

    func testHTMLIsReducedToText() throws {
        let html = """
            <!DOCTYPE html><html><head><title>T</title><script>var x = "<p>";</script>
            <style>p { color: red }</style></head><body><nav><a href="/">Home</a></nav>
            <h1>Niger&#8217;s junta</h1><p>The <b>junta</b> expelled the envoy &amp; his staff.</p>
            <p class="x">Second   paragraph.<br>New line</p><footer>Subscribe</footer></body></html>
            """
        let decoded = try TextDecoder.decode(Array(html.utf8), name: "page.html")
        XCTAssertEqual(decoded.text, "Niger’s junta\n\nThe junta expelled the envoy & his staff.\n\nSecond paragraph.\nNew line")
        XCTAssertEqual(decoded.warnings, ["page.html looks like HTML; markup removed"])
    }

    func testHTMLFragmentIsReducedToText() throws {
        let decoded = try TextDecoder.decode(Array("<div class=\"story\"><p>Troops &ndash; and\n tanks.</p></div>".utf8), name: "f.html")
        XCTAssertEqual(decoded.text, "Troops – and tanks.")
    }

    func testTextMentioningTagsIsNotTreatedAsHTML() throws {
        let decoded = try TextDecoder.decode(Array("Use <b> for bold & more.".utf8), name: "t.txt")
        XCTAssertEqual(decoded.text, "Use <b> for bold & more.")
    }
}
