import XCTest
@testable import Extraction

/// Gerund adjuncts take the subject of the clause they hang on: "after beating Y", "by buying Y and selling Z".
final class GerundAdjunctTests: XCTestCase {
    func testAfterAGerundTheMainSubjectActs() throws {
        let lines = try Support.read("Everton went top of the table after beating Fulham on Sunday.")
        XCTAssertTrue(lines.contains("Everton | beat | Fulham"), "\(lines)")
    }

    func testCoordinatedGerundsShareTheSubject() throws {
        let lines = try Support.read("Nordea grew quickly by buying Fortis and selling Rabobank.")
        XCTAssertTrue(lines.contains("Nordea | buy | Fortis"), "\(lines)")
        XCTAssertTrue(lines.contains("Nordea | sell | Rabobank"), "\(lines)")
    }

    func testPraiseForAGerundGoesToTheSubject() throws {
        let lines = try Support.read("Mrs Okafor has earned praise for turning Zenith Bank around.")
        XCTAssertTrue(lines.contains("Okafor | turn around | Zenith Bank"), "\(lines)")
    }

    func testAnActorObjectTakesTheActAfterFor() throws {
        // "praised Y for helping Z": Y helped, not the one who praised.
        let lines = try Support.read("Greece praised Cyprus for helping Lebanon during the crisis.")
        XCTAssertFalse(lines.contains("Greece | help | Lebanon"), "\(lines)")
    }

    func testWithoutDeniesTheAct() throws {
        let lines = try Support.read("Valencia reached the final without beating Sevilla.")
        XCTAssertFalse(lines.contains(where: { $0.contains("| beat | Sevilla") }), "\(lines)")
    }

    func testAPassiveGovernorStillLendsItsSubject() throws {
        let lines = try Support.read("Peter Walker was arrested after attacking David Morgan in a bar.")
        XCTAssertTrue(lines.contains("Peter Walker | attack | David Morgan"), "\(lines)")
    }

    func testThankingForAGerundPraisesWhoWasThanked() throws {
        let lines = try Support.read("Beyonce thanked listeners for supporting Coldplay through the years.")
        XCTAssertFalse(lines.contains("Beyonce | support | Coldplay"), "\(lines)")
    }

    func testPlansForAGerundAreNoAct() throws {
        let plan = try Support.read("Nokia announced a plan for buying Siemens next year.")
        XCTAssertFalse(plan.contains("Nokia | buy | Siemens"), "\(plan)")
        let plans = try Support.read("The Greens have drawn up plans for selling Vodafone to investors.")
        XCTAssertFalse(plans.contains(where: { $0.contains("| sell | Vodafone") }), "\(plans)")
    }
}
