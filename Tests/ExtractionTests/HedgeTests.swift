import XCTest
@testable import Extraction

/// Acts that are possible, wished or predicted keep the word that hedges them, so the graph does not state them as done.
final class HedgeTests: XCTestCase {
    func testModalStaysInTheRelation() throws {
        XCTAssertEqual(try Support.read("Acme Holdings could sue Globex."), ["Acme Holdings | could sue | Globex"])
        XCTAssertEqual(try Support.read("Acme Holdings may buy Globex."), ["Acme Holdings | may buy | Globex"])
        XCTAssertEqual(try Support.read("Kofi Mensah said Ghana would recognise Togo."), ["Ghana | would recognise | Togo"])
    }

    func testScheduledActKeepsItsPlainVerb() throws {
        // "will" states what is arranged, as news does; only possibility and condition are hedges.
        XCTAssertEqual(try Support.read("Kofi Mensah will meet Amina Bello next week."), ["Kofi Mensah | meet | Amina Bello"])
        XCTAssertEqual(try Support.read("Ghana beat Togo."), ["Ghana | beat | Togo"])
    }

    func testAdjectiveBeforeAnInfinitiveStaysInTheRelation() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah would be happy to meet Amina Bello."), ["Kofi Mensah | happy to meet | Amina Bello"])
        XCTAssertEqual(try Support.read("Ghana is determined to beat Togo."), ["Ghana | determined to beat | Togo"])
        XCTAssertEqual(try Support.read("Acme Holdings is set to buy Globex."), ["Acme Holdings | set to buy | Globex"])
    }

    func testVerbOfWishingStaysInTheRelation() throws {
        XCTAssertEqual(try Support.read("Acme Holdings wants to buy Globex."), ["Acme Holdings | want to buy | Globex"])
        XCTAssertEqual(try Support.read("Chelsea would like to sign Thierry Henry."), ["Chelsea | would like to sign | Thierry Henry"])
    }

    func testPassiveWithAModalKeepsIt() throws {
        XCTAssertEqual(try Support.read("Globex could be bought by Acme Holdings."), ["Acme Holdings | could buy | Globex"])
    }

    func testDeniedModalIsNegated() throws {
        let triples = try Support.extractorOrFail().triples(in: "Ghana could not support Togo.", document: "t")
        XCTAssertEqual(Support.lines(triples), ["Ghana | could support | Togo"])
        XCTAssertEqual(triples.map(\.negated), [true])
    }

    func testNounOfIntentBeforeAnInfinitiveStaysInTheRelation() throws {
        XCTAssertEqual(try Support.read("Acme Holdings launched a bid to buy Globex."), ["Acme Holdings | bid to buy | Globex"])
        XCTAssertEqual(try Support.read("Kofi Mensah announced his decision to quit Acme Holdings."),
                       ["Kofi Mensah | decision to quit | Acme Holdings"])
    }

    func testThreateningIsAnActAndKeepsWhatWasThreatened() throws {
        // The tagger reads "sue" after "to" as a noun; after "threatened" it can only be the infinitive.
        XCTAssertEqual(try Support.read("Acme Holdings threatened to sue Globex."), ["Acme Holdings | threaten to sue | Globex"])
    }

    func testNounBeforeAnInfinitiveIsNoHedge() throws {
        XCTAssertEqual(try Support.read("Ghana was the first country to recognise Togo."), ["Ghana | recognise | Togo"])
    }
}
