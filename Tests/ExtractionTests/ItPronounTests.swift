import XCTest
@testable import Extraction

/// A sentence-initial "It" continues the state or organisation that opened the sentence before; expletive
/// and quoted "it" name no one.
final class ItPronounTests: XCTestCase {
    func testItContinuesThePreviousSubject() throws {
        XCTAssertEqual(try Support.read("Russia sent troops to Mali in 2021. It also supplied drones to Burkina Faso."),
                       ["Russia | send troops to | Mali", "Russia | supply drones to | Burkina Faso"])
    }

    func testExpletiveAndQuotedItNameNoOne() throws {
        XCTAssertEqual(try Support.read("Kenya criticised Uganda. It is not clear whether Tanzania agrees."), ["Kenya | criticise | Uganda"])
        XCTAssertEqual(try Support.read("Kenya criticised Uganda. \"It leaves Tanzania waiting,\" an official said."),
                       ["Kenya | criticise | Uganda"])
    }

    func testItNeedsAnActorAsThePreviousSubject() throws {
        // The plan opened the sentence before, not Kenya: "It" is the plan.
        XCTAssertEqual(try Support.read("The plan was rejected by Kenya. It would have helped Uganda."), [])
    }

    func testFormerBeforeAnOrganisationStaysOutOfItsName() throws {
        XCTAssertEqual(try Support.read("Former Labour leader Neil Kinnock praised Gordon Brown."),
                       ["Neil Kinnock | former leader of | Labour", "Neil Kinnock | praise | Gordon Brown"])
    }
}
