import XCTest
@testable import Extraction

/// "her role opposite X in Y", "her debut in Y, opposite X": both actors star in the work.
final class OppositeWorkTests: XCTestCase {
    func testTheRoleOppositeAPartnerInAFilm() throws {
        let lines = try Support.read("Lena Voss won praise for her role opposite Karl Brandt in 2001 thriller Night Harbour.")
        XCTAssertTrue(lines.contains("Lena Voss | star in | Night Harbour"), "\(lines)")
        XCTAssertTrue(lines.contains("Karl Brandt | star in | Night Harbour"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.contains("| opposite in |") }, "\(lines)")
    }

    func testADebutInAFilmOppositeAPartner() throws {
        let lines = try Support.read("Mira Holt then made her stage debut in 2002's The Glass Orchard, opposite singers Karl Brandt and Jo Hart.")
        XCTAssertTrue(lines.contains("Mira Holt | star in | The Glass Orchard"), "\(lines)")
        XCTAssertTrue(lines.contains("Karl Brandt | star in | The Glass Orchard"), "\(lines)")
        XCTAssertTrue(lines.contains("Jo Hart | star in | The Glass Orchard"), "\(lines)")
    }

    func testAPlaceAfterThePartnerIsNoWork() throws {
        let lines = try Support.read("Lena Voss starred opposite Karl Brandt in Vienna last year.")
        XCTAssertFalse(lines.contains { $0.contains("star in | Vienna") }, "\(lines)")
    }
}
