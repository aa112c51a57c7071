import XCTest
@testable import Extraction

/// One test per supported construction, on sentences written for these tests; each asserts the exact
/// triples with their direction.
final class ConstructionTests: XCTestCase {
    private func triples(_ text: String) throws -> [Triple] {
        try Support.extractorOrFail().triples(in: text, document: "t")
    }

    func testDirectObjectWithNounAndPreposition() throws {
        XCTAssertEqual(try Support.read("Kenya sent a contingent of police officers to Haiti."),
                       ["Kenya | send contingent to | Haiti"])
    }

    func testThePersonAskedOrBackedActsInTheInfinitive() throws {
        // "pleaded with Y to reject", "backed Y to win": Y rejects and wins, not the one who pleads or backs.
        let plea = try Support.read("Phil Thompson pleaded with Steven Gerrard to reject any overtures from Chelsea.")
        XCTAssertTrue(plea.contains("Steven Gerrard | reject overtures from | Chelsea"), "\(plea)")
        XCTAssertFalse(plea.contains { $0.hasPrefix("Phil Thompson | reject") }, "\(plea)")
        let backing = try Support.read("Tana Umaga backed New Zealand to beat Australia in the series.")
        XCTAssertTrue(backing.contains("New Zealand | beat | Australia"), "\(backing)")
        XCTAssertFalse(backing.contains { $0.hasPrefix("Tana Umaga | beat") }, "\(backing)")
        // Without an object between, the subject still acts: "Italy chose to attack France".
        XCTAssertEqual(try Support.read("Italy chose to attack France."), ["Italy | choose to attack | France"])
    }

    func testPlainTransitiveVerb() throws {
        XCTAssertEqual(try Support.read("Ghana criticised Togo on Monday."), ["Ghana | criticise | Togo"])
    }

    func testPassiveWithAgentTurnsActive() throws {
        XCTAssertEqual(try Support.read("Gabon was criticised by Cameroon."), ["Cameroon | criticise | Gabon"])
    }

    func testRelativeClausePassive() throws {
        XCTAssertEqual(try Support.read("Sudan rejoined the African Union, which is chaired by Angola."),
                       ["Sudan | rejoin | African Union", "Angola | chair | African Union"])
    }

    func testReducedRelativeAfterComma() throws {
        XCTAssertEqual(try Support.read("The African Union, chaired by Angola, criticised Sudan."),
                       ["Angola | chair | African Union", "African Union | criticise | Sudan"])
    }

    func testCoordinatedSubjects() throws {
        XCTAssertEqual(try Support.read("Chad, Mali and Senegal signed a treaty with France."),
                       ["Chad | sign treaty with | France", "Mali | sign treaty with | France",
                        "Senegal | sign treaty with | France"])
    }

    func testCapitalisedShortFormsAreNamesNotPronouns() throws {
        XCTAssertEqual(try Support.read("Ghana thanked the US and the UK."),
                       ["Ghana | thank | United States", "Ghana | thank | United Kingdom"])
    }

    func testNamesJoinedByAndBeforeAnOrganisationWord() throws {
        XCTAssertEqual(try Support.read("The Securities and Exchange Commission fined Acme Holdings."),
                       ["Securities and Exchange Commission | fine | Acme Holdings"])
    }

    func testAppositionSkipsNamesThatOnlyModify() throws {
        XCTAssertEqual(try Support.read("Reuters quoted Lena Park, the chief Kenya analyst at Barclays."),
                       ["Reuters | quote | Lena Park", "Lena Park | analyst at | Barclays"])
    }

    func testItAfterASpeakerIsTheSpeaker() throws {
        let result = try Support.extractorOrFail().triples(in: "Norway said it would send tents to Chile.", document: "t")
        XCTAssertEqual(Support.lines(result), ["Norway | would send tents to | Chile"])
        XCTAssertEqual(result.first?.source, "Norway")
    }

    func testRelativeClauseWithPresentTenseVerb() throws {
        XCTAssertEqual(try Support.read("Poland, which borders Belarus, hosted refugees."), ["Poland | border | Belarus"])
    }

    func testWeaponsOfACountryStandForIt() throws {
        XCTAssertEqual(try Support.read("Syrian jets bombed Idlib Province."), ["Syria | bomb | Idlib Province"])
    }

    func testAndBeforeANewClauseEndsTheObject() throws {
        XCTAssertEqual(try Support.read("Poland rejected the proposal and Germany's parties have opposed it."), [])
    }

    func testCoordinatedObjects() throws {
        XCTAssertEqual(try Support.read("Germany sanctioned Iran and Syria."),
                       ["Germany | sanction | Iran", "Germany | sanction | Syria"])
    }

    func testVerbWithInfinitiveComplement() throws {
        XCTAssertEqual(try Support.read("Peru decided to leave the Andean Community."),
                       ["Peru | decide to leave | Andean Community"])
    }

    func testParticipleAndPurposeClausesShareTheSubject() throws {
        XCTAssertEqual(try Support.read("Japan shipped generators to Vietnam, sending engineers to help Laos."),
                       ["Japan | ship generators to | Vietnam", "Japan | help | Laos"])
    }

    func testParentheticalBetweenSubjectAndVerb() throws {
        XCTAssertEqual(try Support.read("Chile, one of the largest copper producers, has expanded its trade with China."),
                       ["Chile | expand trade with | China"])
    }

    func testNegationIsFlagged() throws {
        let result = try triples("Canada did not recognise Kosovo. Norway has yet to respond to Sweden.")
        XCTAssertEqual(Support.lines(result), ["Canada | recognise | Kosovo", "Norway | respond to | Sweden"])
        XCTAssertEqual(result.map(\.negated), [true, true])
    }

    func testAppositionGivesAffiliation() throws {
        XCTAssertEqual(try Support.read("The report cites Anna Berg, an adviser to the World Bank."),
                       ["Anna Berg | adviser to | World Bank"])
    }

    func testAppositionKeepsEveryAffiliation() throws {
        XCTAssertEqual(try Support.read("The report cites Anna Berg, a correspondent in Nairobi for the World Bank."),
                       ["Anna Berg | correspondent in | Nairobi", "Anna Berg | correspondent for | World Bank"])
    }

    func testTrailingAttributionBecomesSource() throws {
        let result = try triples("Kenya supports Uganda, Reuters reported.")
        XCTAssertEqual(Support.lines(result), ["Kenya | support | Uganda"])
        XCTAssertEqual(result.first?.source, "Reuters")
    }

    func testAccordingToBecomesSource() throws {
        let result = try triples("According to the BBC, Peru expelled Bolivia's ambassador.")
        XCTAssertEqual(Support.lines(result), ["Peru | expel ambassador of | Bolivia"])
        XCTAssertEqual(result.first?.source, "BBC")
    }

    func testLeadingSpeakerIsSourceNotSubject() throws {
        let result = try triples("Amina Diallo visited Chad. She said Niger had attacked Mali.")
        XCTAssertEqual(Support.lines(result), ["Amina Diallo | visit | Chad", "Niger | attack | Mali"])
        XCTAssertEqual(result.last?.source, "Amina Diallo")
    }

    func testQuotingIsAnEdgeAndTheQuotedSpeaks() throws {
        let result = try triples("Reuters quotes Omar Haddad as saying that Jordan would help Iraq.")
        XCTAssertEqual(Support.lines(result), ["Reuters | quote | Omar Haddad", "Jordan | would help | Iraq"])
        XCTAssertEqual(result.last?.source, "Omar Haddad")
    }

    func testDemonymStateNounsStandForTheirCountry() throws {
        XCTAssertEqual(try Support.read("The Kenyan government condemned Uganda. Russian troops entered Georgia."),
                       ["Kenya | condemn | Uganda", "Russia | enter | Georgia"])
    }

    func testPossessedStateNounStandsForTheCountry() throws {
        XCTAssertEqual(try Support.read("Egypt's army attacked the rebels."), ["Egypt | attack | rebels"])
    }

    func testEvidenceCarriesSentenceAndOffsets() throws {
        let text = "Peru thanked Chile. Ghana criticised Togo."
        let result = try triples(text)
        XCTAssertEqual(result.map(\.evidence.sentence), [0, 1])
        XCTAssertEqual(result.last?.evidence.text, "Ghana criticised Togo.")
        XCTAssertEqual(result.last?.evidence.start, 20)
        XCTAssertEqual(result.last?.evidence.end, 42)
    }

    func testSentencesModeUsesLineIndices() throws {
        let extractor = try Support.extractorOrFail()
        let result = try extractor.triples(inSentences: ["Peru thanked Chile.", "", "Ghana criticised Togo. Mali"], document: "s")
        XCTAssertEqual(Support.lines(result), ["Peru | thank | Chile", "Ghana | criticise | Togo"])
        XCTAssertEqual(result.map(\.evidence.sentence), [0, 2])
        XCTAssertEqual(result.last?.evidence.start, 21)
    }

    func testOutputIsDeterministic() throws {
        let text = "Chad, Mali and Senegal signed a treaty with France. Germany sanctioned Iran and Syria."
        XCTAssertEqual(try triples(text), try triples(text))
    }
}
