import XCTest
@testable import Extraction

/// Reported speech as relations: the speaker's link to whom it addresses and to the actors it speaks about;
/// each on sentences written for these tests.
final class SpeechTests: XCTestCase {
    func testTheOneAddressedIsTheObjectOfTheReportingVerb() throws {
        XCTAssertEqual(try Support.read("Marta Kovacs told Reuters on Tuesday that the talks would resume."),
                       ["Marta Kovacs | told | Reuters"])
        // "told AP news agency": the compound name before an organisation noun is the one addressed.
        let agency = try Support.read("Hugo Brenner told AP news agency that he would stay.")
        XCTAssertTrue(agency.contains { $0.hasPrefix("Hugo Brenner | told | ") && $0.contains("Associated Press") }, "\(agency)")
    }

    func testOnlyAVerbOfAddressingTakesTheOneAddressedAsObject() throws {
        let lines = try Support.read("Coach Ivan Hassel says Marco Juninho, who has just bought a house, would like to stay at Riverton Rovers.")
        XCTAssertFalse(lines.contains { $0.contains("| says | Marco Juninho") }, "\(lines)")
    }

    func testANegatedReportSaysNothing() throws {
        XCTAssertEqual(try Support.read("Ana Ruiz did not tell Globex Holdings about the sale."), [])
    }

    func testTheSubjectOfTheReportedClauseIsSpokenAbout() throws {
        XCTAssertEqual(try Support.read("Opposition leader Tomas Brandt said Globex Holdings had misled its investors."),
                       ["Tomas Brandt | said about | Globex Holdings"])
        // A quotation before the verb is the report too.
        XCTAssertEqual(try Support.read("\"Zentra Bank has failed its customers,\" Paul Okafor said."),
                       ["Paul Okafor | said about | Zentra Bank"])
    }

    func testAPossessorAndANestedClauseAreSpokenAbout() throws {
        let lines = try Support.read("Senator Ruth Calder said Initech's new plan showed Helena Marsh was out of touch.")
        XCTAssertTrue(lines.contains("Ruth Calder | said about | Initech"), "\(lines)")
        XCTAssertTrue(lines.contains("Ruth Calder | said about | Helena Marsh"), "\(lines)")
    }

    func testAQuotationInsideTheReportIsNotTheSpeakersClaim() throws {
        let lines = try Support.read("Jorge Alves said Globex Holdings' motto would be \"Vandalia is working\".")
        XCTAssertFalse(lines.contains { $0.contains("| said about | Vandalia") }, "\(lines)")
    }

    func testASpokesmanSpeaksForHisOwnFirmNotAboutIt() throws {
        let lines = try Support.read("Initech spokesman Dan Ferris said Initech would open two plants.")
        XCTAssertEqual(lines, ["Dan Ferris | spokesman of | Initech"])
    }

    func testWhereTheSpeakerSpokeIsARelation() throws {
        XCTAssertEqual(try Support.read("In a lecture at the Vandal Institute, Irma Kohl said trade had slowed."),
                       ["Irma Kohl | lecture at | Vandal Institute"])
        // A place is where, not whom.
        XCTAssertEqual(try Support.read("Tomas Brandt said in a statement in Lisbon that he would resign."), [])
    }

    func testAPlaceInTheReportedClauseDoesNotHideItsSubject() throws {
        // "in Lisbon" says where; the clause still speaks about its subject.
        let lines = try Support.read("Baroness Ilse Varga suggested Globex Holdings was cancelling its meetings in Lisbon.")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Ilse Varga | suggested about | Globex Holdings") }, "\(lines)")
    }

    func testTheSpeakerOfAQuotationIsNoNameInsideIt() throws {
        // "he" speaks the quotation, so it is Walter Brune, not the Helga Moss the quotation names.
        let lines = try Support.read("Walter Brune opened the debate. \"Helga Moss seems to have vanished from the campaign,\" he said.")
        XCTAssertTrue(lines.contains("Walter Brune | said about | Helga Moss"), "\(lines)")
    }

    func testAnActorInsideAnArgumentDoesNotHideTheReportedSubject() throws {
        // "Globex leaflets" names Globex in passing: the clause is about Helga Moss.
        let lines = try Support.read("Walter Brune said Helga Moss had disappeared from Globex leaflets.")
        XCTAssertTrue(lines.contains("Walter Brune | said about | Helga Moss"), "\(lines)")
        // An actor heading the argument relates the clause itself.
        let related = try Support.read("Walter Brune said Helga Moss had attacked Globex Holdings.")
        XCTAssertFalse(related.contains("Walter Brune | said about | Helga Moss"), "\(related)")
    }

    func testANameBeforeAStateNounOwnsIt() throws {
        let lines = try Support.read("Mr Petrov has accused the Vashadze regime of allowing bribery to flourish.")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Petrov | accuse | ") && $0.hasSuffix("Vashadze") }, "\(lines)")
    }

    func testAQuotationWhoseSubjectIsNoActorIsAboutTheActorsItNames() throws {
        let lines = try Support.read("Trade Minister Helga Moss said in a statement: \"No conflict will be allowed to arise between their roles at Globex Holdings and their careers.\"")
        XCTAssertTrue(lines.contains("Helga Moss | said about | Globex Holdings"), "\(lines)")
        // A reported clause without quotation marks says nothing about the names in its phrases.
        let plain = try Support.read("Helga Moss said no conflict would be allowed to arise between their roles at Globex Holdings and their careers.")
        XCTAssertFalse(plain.contains("Helga Moss | said about | Globex Holdings"), "\(plain)")
    }

    func testAQuotationIsNotAboutPlacesOrQualifyingNames() throws {
        // "in the House of Lords" is where; "the new Vandal Party approach" qualifies a noun.
        let lines = try Support.read("Tomas Brandt said: \"Ministers should be able to sit in the Vandal Assembly or the Zorin Senate.\"")
        XCTAssertFalse(lines.contains { $0.contains("said about") }, "\(lines)")
        let party = try Support.read("Tomas Brandt said: \"This new Vandal Party approach will go much further.\"")
        XCTAssertFalse(party.contains { $0.contains("said about") }, "\(party)")
    }
}

