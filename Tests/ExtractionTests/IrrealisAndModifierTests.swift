import XCTest
@testable import Extraction

/// Statements that are wished, demanded or denied rather than done, and names that only qualify a noun.
final class IrrealisAndModifierTests: XCTestCase {
    func testForSubjectToInfinitiveIsNotAnAct() throws {
        XCTAssertEqual(try Support.read("Ghana rejected a demand for Togo to recognise Benin."), ["Ghana | reject demand for | Togo"])
    }

    func testInfinitiveUnderADeniedVerbIsDenied() throws {
        let triples = try Support.extractorOrFail().triples(in: "Togo would not bow to demands to recognise Benin.", document: "t")
        XCTAssertEqual(Support.lines(triples), ["Togo | recognise | Benin"])
        XCTAssertEqual(triples.map(\.negated), [true])
    }

    func testNoPlansToActIsNoAct() throws {
        XCTAssertEqual(try Support.read("Togo has no plans to invade Benin."), [])
    }

    func testPurposeIdiomKeepsTheSubject() throws {
        XCTAssertEqual(try Support.read("Ghana sent troops to Mali in a bid to help Niger."),
                       ["Ghana | send troops to | Mali", "Ghana | bid to help | Niger"])
    }

    func testNameInAHyphenatedAdjectiveIsNoObject() throws {
        XCTAssertEqual(try Support.read("Acme Holdings plans to take the Ohio-based retailer private."), [])
    }

    func testPairOfNamesQualifyingANounIsNoActor() throws {
        XCTAssertEqual(try Support.read("Ghana hails Togo-Benin talks deal"), [])
    }

    func testAmpersandJoinsAFirmName() throws {
        XCTAssertEqual(try Support.read("Acme Holdings sued Barker & Wells on Friday."), ["Acme Holdings | sue | Barker & Wells"])
    }

    func testClauseUnderATopicPrepositionIsNoAct() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah met Amina Bello to talk about Togo joining the Commonwealth."),
                       ["Kofi Mensah | meet | Amina Bello", "Kofi Mensah | talk about | Togo"])
    }

    func testCountryKnownByItsOlderShortName() throws {
        XCTAssertEqual(try Support.read("Turkey criticised Greece."), ["Türkiye | criticise | Greece"])
        // "Korea" ends "North Korea" as well: it stays unresolved rather than guessed.
        XCTAssertEqual(try Support.read("Korea criticised Japan."), [])
    }

    func testClauseOfAnAllegationIsNoAct() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah rejected allegations he pressured Amina Bello to resign."), [])
        XCTAssertEqual(try Support.read("Kofi Mensah denied claims that he met Amina Bello."), [])
        XCTAssertEqual(try Support.read("Kofi Mensah said he met Amina Bello."), ["Kofi Mensah | meet | Amina Bello"])
    }

    func testCounterfactualIsNoAct() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah could have beaten Amina Bello."), [])
        XCTAssertEqual(try Support.read("Kofi Mensah will have met Amina Bello by then."), ["Kofi Mensah | meet | Amina Bello"])
    }

    func testClaimAsAVerbStillReportsTheClause() throws {
        // Reported, with the claim's hedge kept in the relation.
        XCTAssertEqual(try Support.read("Kofi Mensah claims he has been betrayed by Ghana."), ["Ghana | allegedly betray | Kofi Mensah"])
    }

    func testNounPhraseWithItsOwnVerbIsNoApposition() throws {
        XCTAssertEqual(try Support.read("Across Africa and the EU, the plan was for Ghana to become the biggest economy."), [])
        XCTAssertEqual(try Support.read("Kofi Mensah, a member of the African Union, criticised Togo."),
                       ["Kofi Mensah | member of | African Union", "Kofi Mensah | criticise | Togo"])
    }

    func testListOfNamesQualifyingANounIsNoActor() throws {
        XCTAssertEqual(try Support.read("A deal with Acme Holdings, which combines the Accra, Lome and Cotonou stock exchanges, could offer Ghana more savings."), [])
        XCTAssertEqual(try Support.read("Ghana criticised Togo, Benin and Niger on Monday."),
                       ["Ghana | criticise | Togo", "Ghana | criticise | Benin", "Ghana | criticise | Niger"])
    }

    func testNoBeforeTheObjectDeniesTheRelation() throws {
        let triples = try Support.extractorOrFail().triples(in: "Pell Robotics has no plans for Harrow Bank.", document: "test")
        let plans = triples.first { $0.subject.name == "Pell Robotics" && $0.object.name == "Harrow Bank" }
        XCTAssertEqual(plans?.negated, true, "\(Support.lines(triples))")
        let stated = try Support.extractorOrFail().triples(in: "Pell Robotics has plans for Harrow Bank.", document: "test")
        XCTAssertEqual(stated.first { $0.object.name == "Harrow Bank" }?.negated, false, "\(Support.lines(stated))")
    }

    func testClaimedActsKeepTheHedge() throws {
        let claimed = try Support.read("The newspaper claimed Harrow Bank had bribed Pell Gas.")
        XCTAssertTrue(claimed.contains("Harrow Bank | allegedly bribe | Pell Gas"), "\(claimed)")
        let adverb = try Support.read("Prices rose after Harrow Bank allegedly bribed Pell Gas.")
        XCTAssertTrue(adverb.contains("Harrow Bank | allegedly bribe | Pell Gas"), "\(adverb)")
        // What people say is reported, not contested: "said" keeps the act plain.
        let said = try Support.read("Harrow Bank said it had bought Pell Gas.")
        XCTAssertTrue(said.contains("Harrow Bank | buy | Pell Gas"), "\(said)")
    }
}
