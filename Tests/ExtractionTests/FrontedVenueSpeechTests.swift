import XCTest
@testable import Extraction

/// "In a lecture at Y, X said": the speaker misparsed into the fronted phrase still speaks there.
final class FrontedVenueSpeechTests: XCTestCase {
    func testAFrontedSpeechNounNamesWhereTheSpeakerSpoke() throws {
        let lines = try Support.read("In a speech to the Royal Institute of Surveyors, Marta Kowal said planning rules had failed.")
        XCTAssertTrue(lines.contains("Marta Kowal | speech to | Royal Institute of Surveyors"), "\(lines)")
    }

    func testAFrontedPhraseWithoutANamedSpeakerRelatesNothing() throws {
        let lines = try Support.read("In a speech to the Royal Institute of Surveyors, the minister said planning rules had failed.")
        XCTAssertFalse(lines.contains { $0.contains("Royal Institute of Surveyors") }, "\(lines)")
    }
}
