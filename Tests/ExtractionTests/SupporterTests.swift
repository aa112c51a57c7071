import XCTest
@testable import Extraction

/// Backers, advisers and lenders listed with a possessed noun; on invented sentences.
final class SupporterTests: XCTestCase {
    func testListedBackersBackThePossessor() throws {
        let lines = try Support.read("Mr Varga's financial backers, including Harrow Bank, have said they will wait.")
        XCTAssertTrue(lines.contains("Harrow Bank | backer of | Varga"), "\(lines)")
        let include = try Support.read("Mr Varga's lenders include Harrow Bank and Pell Capital.")
        XCTAssertTrue(include.contains("Harrow Bank | lender of | Varga"), "\(include)")
        XCTAssertTrue(include.contains("Pell Capital | lender of | Varga"), "\(include)")
    }

    func testOtherPossessedNounsListNoSupporters() throws {
        // Rivals and customers are no backers: only the listed nouns name the relation.
        let lines = try Support.read("Mr Varga's rivals, including Harrow Bank, have said they will wait.")
        XCTAssertFalse(lines.contains { $0.contains("of | Varga") }, "\(lines)")
    }
}
