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
}
