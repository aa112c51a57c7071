import XCTest
@testable import Extraction

/// Constructions that produced wrong or missing triples on unseen news, each on a sentence written for
/// these tests; every test asserts the exact triples with their direction.
final class PrecisionTests: XCTestCase {
    func testTwoTitledPeopleJoinedByAndAreTwoActors() throws {
        XCTAssertEqual(try Support.read("Kenyan President Daniel Mwangi met Nigerian Vice President Amina Bello and Ghanaian Finance Minister Kofi Mensah in Nairobi."),
                       ["Daniel Mwangi | meet | Amina Bello", "Daniel Mwangi | meet | Kofi Mensah",
                        // Each title names the holder's position in its state (PatternTripleExtractor+Roles).
                        "Daniel Mwangi | president of | Kenya", "Amina Bello | vice president of | Nigeria",
                        "Kofi Mensah | finance minister of | Ghana"])
    }

    func testTitleWithItsOwnOfPhraseStaysOutOfTheName() throws {
        XCTAssertEqual(try Support.read("Deputy Secretary of State Laura Whitcombe criticised Venezuela on Tuesday."),
                       ["Laura Whitcombe | criticise | Venezuela"])
        let actors = try Support.extractorOrFail().analyze("Deputy Secretary of State Laura Whitcombe criticised Venezuela on Tuesday.", document: "t").actors
        XCTAssertEqual(actors.first { $0.name == "Laura Whitcombe" }?.type, .person)
    }

    func testAppositionRoleKeepsItsModifiers() throws {
        XCTAssertEqual(try Support.read("On Tuesday, Paul Okoro, vice president of the World Bank, said that the changes were necessary."),
                       ["Paul Okoro | vice president of | World Bank"])
    }

    func testNameQualifyingAScareQuotedNounIsNotTheObject() throws {
        XCTAssertEqual(try Support.read("Ghana's Kofi Mensah attacked Paul Okoro's Liberal 'promises' on Monday."),
                       ["Kofi Mensah | attack promises of | Paul Okoro"])
    }

    func testInfinitiveOnANounInAnOfPhraseHasNoSubject() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah is a keen supporter of efforts to bring Togo into the Commonwealth."), [])
        // Control through the verb itself still holds.
        XCTAssertEqual(try Support.read("Ghana wants to bring Togo into the Commonwealth."), ["Ghana | want to bring | Togo"])
    }

    func testObjectOfAnAskingVerbActsInTheInfinitive() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah urged Amina Bello to leave the Commonwealth."),
                       ["Kofi Mensah | urge | Amina Bello", "Amina Bello | leave | Commonwealth"])
        XCTAssertEqual(try Support.read("Oxfam wants Ghana to use its influence to pressure Togo."), ["Ghana | pressure | Togo"])
        // Subject control is untouched.
        XCTAssertEqual(try Support.read("Togo threatened to leave the Commonwealth."), ["Togo | threaten to leave | Commonwealth"])
    }

    func testExamplesAfterSuchAsAreNotTheSubject() throws {
        XCTAssertEqual(try Support.read("Waste from countries such as Togo and Benin will be stored in Ghana."), [])
    }

    func testPronounSkipsAPersonOfTheOtherSex() throws {
        XCTAssertEqual(try Support.read("Ms Amina Bello met Mr Kofi Mensah in Accra. She later criticised Ghana. He later praised Togo."),
                       ["Amina Bello | meet | Kofi Mensah", "Amina Bello | criticise | Ghana", "Kofi Mensah | praise | Togo"])
    }

    func testHyphenatedWordInsideAnOrganisationName() throws {
        XCTAssertEqual(try Support.read("The West African Low-cost Carriers Association criticised the European Commission."),
                       ["West African Low-cost Carriers Association | criticise | European Commission"])
        // A participle after the hyphen makes the place a modifier instead.
        XCTAssertEqual(try Support.read("The Paris-based Euronext Group criticised the European Commission."),
                       ["Euronext Group | criticise | European Commission"])
    }

    func testGoalPhraseAfterADirectObjectJoinsTheRelation() throws {
        XCTAssertEqual(try Support.read("Kofi Mensah lied when he took Ghana to war."), ["Kofi Mensah | take to war | Ghana"])
        XCTAssertEqual(try Support.read("Ghana criticised Togo."), ["Ghana | criticise | Togo"])
    }
}
