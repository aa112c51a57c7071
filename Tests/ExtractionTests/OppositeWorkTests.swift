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

/// "an adaptation of P's Y": the name after the possessive is the work adapted, and P its author.
final class AdaptedWorkTests: XCTestCase {
    func testTheWorkAnAdaptationIsMadeOf() throws {
        let lines = try Support.read("Lena Voss starred in a modern adaptation of Marlowe's Edward II at the Globe.")
        XCTAssertTrue(lines.contains("Marlowe | author of | Edward II"), "\(lines)")
    }

    func testAPossessedNameWithoutAWorkNounIsNoWork() throws {
        // "a rival of Smith's Globex": no work noun before "of", so no authorship.
        let lines = try Support.read("Lena Voss is a rival of Marlowe's Edward II in the race.")
        XCTAssertFalse(lines.contains { $0.contains("author of") }, "\(lines)")
        // A possessive inside a title: the name before it is no author.
        let title = try Support.read("Lena Voss starred in a remake of Tom Reed's Schooldays for the BBC.")
        XCTAssertFalse(title.contains { $0.contains("author of") }, "\(title)")
    }
}
