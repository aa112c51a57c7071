import XCTest
@testable import Extraction

/// What follows a direct object and still belongs to the relation: a particle placed after the object, and the thing
/// given to an object that receives it.
final class SecondObjectTests: XCTestCase {
    func testTheThingGivenNamesTheRelationAndTheReceiverTakesTo() throws {
        XCTAssertEqual(try Support.read("Acme Holdings gave Kofi Mensah a new contract."), ["Acme Holdings | give contract to | Kofi Mensah"])
        XCTAssertEqual(try Support.read("Ghana handed Togo a heavy defeat."), ["Ghana | hand defeat to | Togo"])
    }

    func testAParticleAfterTheObjectJoinsTheVerb() throws {
        XCTAssertEqual(try Support.read("Acme Holdings turned Globex down."), ["Acme Holdings | turn down | Globex"])
        XCTAssertEqual(try Support.read("Ghana knocked Togo out of the cup."), ["Ghana | knock out | Togo"])
    }

    func testBackBeforeATimeIsNoParticle() throws {
        XCTAssertEqual(try Support.read("Ghana beat Togo back in 2003."), ["Ghana | beat | Togo"])
    }
}
