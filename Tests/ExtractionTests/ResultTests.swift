import XCTest
@testable import Extraction

/// Sports results: a score after the loser, result verbs a tagger misreads after a team's name, passives with a score.
final class ResultTests: XCTestCase {
    func testAScoreAfterTheLoserKeepsItTheObject() throws {
        let lines = try Support.read("Wales beat Italy 38-8 in Rome on Saturday. Leeds thrashed Everton 4-0 at home. "
            + "Andy Murray beat Roger Federer 6-3 6-4 in the final.")
        XCTAssertTrue(lines.contains("Wales | beat | Italy"), "\(lines)")
        XCTAssertTrue(lines.contains("Leeds | thrash | Everton"), "\(lines)")
        XCTAssertTrue(lines.contains("Andy Murray | beat | Roger Federer"), "\(lines)")
    }

    func testAPassiveResultWithAScoreTurnsRound() throws {
        let lines = try Support.read("Scotland were beaten 33-15 by Samoa in the semi-final.")
        XCTAssertTrue(lines.contains("Samoa | beat | Scotland"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Scotland | beat") }, "\(lines)")
    }

    func testAResultVerbReadAsANounBetweenTwoTeamsIsAVerb() throws {
        // The tagger reads "beat" after "Chelsea" as a preposition; Chelsea is named twice so that it is no weak
        // sentence-initial guess.
        let lines = try Support.read("Chelsea beat Arsenal 2-1 at Stamford Bridge. Arsenal had led Chelsea at half-time.")
        XCTAssertTrue(lines.contains("Chelsea | beat | Arsenal"), "\(lines)")
    }

    func testOtherUsesOfTheWordsStayOut() throws {
        // "beat" as a noun, and a score with no team before it, make no result.
        let lines = try Support.read("The Beat Goes On was played by Oasis. Brazil scored 2-1 after Germany led.")
        XCTAssertFalse(lines.contains { $0.contains("| beat |") }, "\(lines)")
    }
}
