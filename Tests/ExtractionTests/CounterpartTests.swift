import XCTest
@testable import Extraction

/// Phrases that name the other party of an act ("against Y"), and the subject of "is due to …" for talks nouns.
final class CounterpartTests: XCTestCase {
    func testAgainstAfterAnotherActorStillNamesTheOpponent() throws {
        let lines = try Support.read("Carlos Vela makes his debut for Mexico against Peru on Sunday.")
        XCTAssertTrue(lines.contains("Carlos Vela | make debut against | Peru"), "\(lines)")
        XCTAssertTrue(lines.contains("Carlos Vela | make debut for | Mexico"), "\(lines)")
    }

    func testLegalActionAgainstAnActor() throws {
        let lines = try Support.read("The regulator Ofcom has begun proceedings against Vodafone and its chairman.")
        XCTAssertTrue(lines.contains("Ofcom | begin proceedings against | Vodafone"), "\(lines)")
    }

    func testWithStaysOutOfTheOpponents() throws {
        // "with" mostly names an instrument or a work: "returned to the top with his film Y".
        let lines = try Support.read("Alexander Petrov won the race in 21 seconds with Sergei Ivanov second.")
        XCTAssertFalse(lines.contains(where: { $0.hasSuffix("| Sergei Ivanov") }), "\(lines)")
    }

    func testAPlaceAfterInStaysOut() throws {
        let lines = try Support.read("Brazil played against Chile in Lima on Sunday.")
        XCTAssertFalse(lines.contains(where: { $0.hasSuffix("| Lima") && !$0.hasPrefix("Chile") }), "\(lines)")
    }

    func testTalksOfSomeoneDueToHoldThem() throws {
        let lines = try Support.read("Amina Okonjo arrived in Accra on Sunday. She is due to take part in talks with the Ghanaian government on Monday.")
        XCTAssertTrue(lines.contains("Amina Okonjo | talks with | Ghana"), "\(lines)")
    }

    func testAgainstInsideTheObjectNoun() throws {
        let debut = try Support.read("Ronan Kelly makes his Six Nations debut for Wales against Italy on Saturday.")
        XCTAssertTrue(debut.contains("Ronan Kelly | make debut against | Italy"), "\(debut)")
    }

    func testWithAfterAJointActNamesThePartner() throws {
        let lines = try Support.read("Gazprom signed a supply agreement on Monday with Shell.")
        XCTAssertTrue(lines.contains("Gazprom | sign agreement with | Shell"), "\(lines)")
    }
}
