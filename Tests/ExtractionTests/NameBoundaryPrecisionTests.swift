import XCTest
@testable import Extraction

/// Name boundaries and capitalised non-actors that gave wrong triples on unseen news, each on a sentence written
/// for these tests.
final class NameBoundaryPrecisionTests: XCTestCase {
    func testCountryAfterATwoWordNameIsNotPartOfIt() throws {
        let actors = try Support.actors("Marta Lindqvist beat Elena Brodsky of Russia in straight sets on Tuesday.")
        XCTAssertTrue(actors.contains("Elena Brodsky"), "\(actors)")
        XCTAssertFalse(actors.contains { $0.contains("of Russia") }, "\(actors)")
    }

    func testCountryNamedByItsLongFormStaysWhole() throws {
        let actors = try Support.actors("Rebels in the Democratic Republic of Congo attacked a village near Goma.")
        XCTAssertFalse(actors.contains("Democratic Republic"), "\(actors)")
    }

    func testOrganisationOfACountryStaysWhole() throws {
        let actors = try Support.actors("Sweden criticised Central Bank of Norway on Thursday.")
        XCTAssertTrue(actors.contains { $0.contains("Bank of Norway") }, "\(actors)")
    }

    func testNameWrittenAgainstAYearIsAnEventNotAnActor() throws {
        let lines = try Support.read("Portugal knocked Latvia out of Euro 2008 after a tense night in Riga.")
        XCTAssertFalse(lines.contains { $0.hasSuffix("| Euro") || $0.contains("Euro 2008") }, "\(lines)")
    }

    func testCapitalisedCommonNounsAreNoActors() throws {
        let lines = try Support.read("The regulator adopted DVB-H as the mobile TV standard for Sweden. Kallio won three Majors in a season.")
        XCTAssertFalse(lines.contains { $0.contains("TV") || $0.contains("Majors") }, "\(lines)")
        let more = try Support.actors("Winger Tomas Varga is struggling to recover from his Achilles injury, Hartlepool said.")
        XCTAssertFalse(more.contains("Achilles"), "\(more)")
    }

    func testCommonNounInsideALongerNameStays() throws {
        let actors = try Support.actors("Sweden signed a broadcasting deal with Kelder TV on Monday.")
        XCTAssertTrue(actors.contains("Kelder TV"), "\(actors)")
    }
}
