import XCTest
@testable import Extraction

/// "I" and "we" inside a quotation stand for its speaker, named in the same sentence or in the one the
/// quotation runs on from; each on sentences written for these tests.
final class FirstPersonTests: XCTestCase {
    func testIInAQuotationIsItsSpeaker() throws {
        XCTAssertEqual(try Support.read("\"The deal is a good one,\" said Ines Marlowe. \"I strongly support Norvex Airways in this.\""),
                       ["Ines Marlowe | support | Norvex Airways"])
        XCTAssertEqual(try Support.read("Dan Ferris spoke on Monday. \"I criticised Globex Holdings,\" he said."),
                       ["Dan Ferris | criticise | Globex Holdings"])
    }

    func testAQuotationRunningOnKeepsTheSpeakerNamedBeforeIt() throws {
        let text = "Ines Marlowe spoke at length on Monday. \"This is a fair settlement,\" she said. "
            + "\"I warmly praise the efforts of both Peru and Chile to reach it."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Ines Marlowe | praise efforts of | Peru"), "\(lines)")
        XCTAssertTrue(lines.contains("Ines Marlowe | praise efforts of | Chile"), "\(lines)")
    }

    func testTheSpeakerMayBeNamedAfterTheQuotationsLastSentence() throws {
        XCTAssertEqual(try Support.read("\"I have asked Oxfam for advice. \"Nothing has been decided yet,\" said Tomas Brandt."),
                       ["Tomas Brandt | ask | Oxfam"])
    }

    func testWeIsAnOrganisationOrItsSpokesmansOrganisationNeverAPerson() throws {
        XCTAssertEqual(try Support.read("Globex Holdings said: \"We will sue Kestrel Foods over the patent.\""),
                       ["Globex Holdings | sue | Kestrel Foods"])
        XCTAssertEqual(try Support.read("Ines Marlowe said: \"We will sue Kestrel Foods over the patent.\""), [])
        let spokesman = try Support.read("Speaking on Monday, Oxfam spokesman Dan Ferris said: \"We will sue Kestrel Foods.\"")
        XCTAssertTrue(spokesman.contains("Oxfam | sue | Kestrel Foods"), "\(spokesman)")
    }

    func testFirstPersonOutsideQuotationsIsNobody() throws {
        XCTAssertEqual(try Support.read("We met Oxfam officials in May. I told Globex Holdings about it."), [])
    }
}
