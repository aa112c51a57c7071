import XCTest
@testable import Extraction

/// Subjects behind quantities, lowercase Arabic articles opening names, and asides that keep their own polarity.
final class ClauseEdgeTests: XCTestCase {
    func testQuantityOfTroopsIsTheSubject() throws {
        XCTAssertEqual(try Support.read("Hundreds of Rwandan soldiers crossed into Burundi on Sunday."),
                       ["Rwanda | cross into | Burundi"])
    }

    func testLowercaseArticleOpensAName() throws {
        XCTAssertEqual(try Support.read("Kenya blamed al-Shabab for the attack."), ["Kenya | blame | al-Shabab"])
    }

    func testAParticipleAsideIsNotDeniedByTheClauseBefore() throws {
        let triples = try Support.extractorOrFail().triples(
            in: "Peru said it would not sign the treaty, rejecting pressure from Chile.", document: "t")
        XCTAssertEqual(Support.lines(triples), ["Peru | reject pressure from | Chile"])
        XCTAssertEqual(triples.map(\.negated), [false])
    }

    func testAmbassadorToACapitalMeansTheCountry() throws {
        XCTAssertEqual(try Support.read("Armenia recalled its ambassador to Moscow for consultations."),
                       ["Armenia | recall ambassador to | Russia"])
    }

    func testATimePhraseAfterANameDoesNotMakeItAModifier() throws {
        XCTAssertEqual(try Support.read("Zambia received a $1.3bn loan from the World Bank last year."),
                       ["Zambia | receive loan from | World Bank"])
    }

    func testAKindNounAfterANameEndsItsPhrase() throws {
        XCTAssertEqual(try Support.read("The Hezbollah movement, which is backed by Tehran, has fought alongside Syria's army."),
                       ["Iran | back | Hezbollah", "Hezbollah | fight alongside | Syria"])
    }

    func testSeatsOfGovernmentAreTheirState() throws {
        XCTAssertEqual(try Support.read("The Kremlin accused Poland of provocation."), ["Russia | accuse | Poland"])
    }

    func testEnvoysStayInTheRelation() throws {
        XCTAssertEqual(try Support.read("Russia's foreign ministry summoned the British ambassador on Friday."),
                       ["Russia | summon ambassador of | United Kingdom"])
        XCTAssertEqual(try Support.read("Iraq expelled the Swedish ambassador."), ["Iraq | expel ambassador of | Sweden"])
    }

    func testACoordinatedNameWithItsOwnVerbStartsANewClause() throws {
        XCTAssertEqual(try Support.read("Kenya sent troops to Somalia, and Ethiopia watched closely."), ["Kenya | send troops to | Somalia"])
        XCTAssertEqual(try Support.read("Kenya sent troops to Somalia and Ethiopia."),
                       ["Kenya | send troops to | Somalia", "Kenya | send troops to | Ethiopia"])
    }

    func testSentenceInitialNamesTheTaggerReadAsNouns() throws {
        XCTAssertEqual(try Support.read("Jack Straw will hold talks in Beijing on Thursday."), ["Jack Straw | hold talks in | Beijing"])
        XCTAssertEqual(try Support.read("Family Planning Association chief executive Anne Weyman said it was key."),
                       ["Anne Weyman | chief executive of | Family Planning Association"])
    }

    func testAParticipleAfterHaveIsTheVerbWhateverItsTag() throws {
        XCTAssertEqual(try Support.read("China, which is Africa's biggest trading partner, has lent billions of dollars to Zambia."),
                       ["China | lend billions to | Zambia"])
    }

    func testIncludingListsTheNounBefore() throws {
        // The listed creditors are among those Ghana reached the agreement with (RelationPhraseTests).
        XCTAssertEqual(try Support.read("Ghana reached an agreement with its creditors, including China and France."),
                       ["Ghana | reach agreement with | China", "Ghana | reach agreement with | France"])
    }

    func testAnOrganisationsOwnBodyActsForIt() throws {
        XCTAssertEqual(try Support.read("The African Union's peace and security council has suspended Gabon."),
                       ["African Union | suspend | Gabon"])
    }
}
