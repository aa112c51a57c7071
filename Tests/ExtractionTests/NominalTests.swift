import XCTest
@testable import Extraction

/// Relations stated as a possessed noun ("Moscow's seizure of X"); each on sentences written for these tests.
final class NominalTests: XCTestCase {
    func testAPossessedNounRelatesThePossessorToTheActorInItsPhrase() throws {
        XCTAssertEqual(try Support.read("Moscow's seizure of Initech Holdings shocked investors."),
                       ["Russia | seizure of | Initech Holdings"])
        // Two phrases deep, and through a resolved possessive pronoun.
        XCTAssertEqual(try Support.read("Ana Lopez said her appointment as chairman of the Vandalian Arts Council was an honour."),
                       ["Ana Lopez | appointment as chairman of | Vandalian Arts Council"])
    }

    func testAListOfExamplesIsNoRelation() throws {
        XCTAssertEqual(try Support.read("Kestrel Foods' backers, including Delmar Capital, stayed quiet."), [])
    }
}
