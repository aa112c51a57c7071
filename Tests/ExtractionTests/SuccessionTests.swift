import XCTest
@testable import Extraction

/// Succession stated through a role noun pointing back ("but B is taking that role"); on invented sentences.
final class SuccessionTests: XCTestCase {
    func testTakingThatRoleSucceedsTheSentencesFirstPerson() throws {
        let lines = try Support.read("Mr Dalton has chaired the board's reviews before, but Mr Ferris is taking that role this year.")
        XCTAssertTrue(lines.contains("Ferris | take role of | Dalton"), "\(lines)")
        let same = try Support.read("Jane Oduya ran the campaign in 2001, while Paul Kemper took over the same job in 2005.")
        XCTAssertTrue(same.contains("Paul Kemper | take role of | Jane Oduya"), "\(same)")
    }

    func testNoSuccessionWithoutAPointingNounOrAContrast() throws {
        // "a role" points nowhere; without a contrast the first name need not have held anything.
        let lines = try Support.read("Mr Dalton said Mr Ferris is taking a role in the talks.")
        XCTAssertFalse(lines.contains { $0.contains("take role of") }, "\(lines)")
        let plain = try Support.read("Mr Dalton thinks Mr Ferris is taking that role.")
        XCTAssertFalse(plain.contains { $0.contains("take role of") }, "\(plain)")
    }
}
