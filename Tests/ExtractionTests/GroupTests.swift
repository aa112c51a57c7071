import XCTest
@testable import Extraction

/// A group counted before its members are named ("Three directors of X are to leave. The trio are A, B and C.");
/// on invented sentences.
final class GroupTests: XCTestCase {
    func testTheNamedMembersLeaveTheGroupsOrganisation() throws {
        let text = "Three senior directors of Mercia's state-owned bus firm, Carrow Transit, are set to quit in March. "
            + "The trio are chairman Ian Folds, finance director Mary Quill and sales director Tom Brae."
        let lines = try Support.read(text)
        for name in ["Ian Folds", "Mary Quill", "Tom Brae"] {
            XCTAssertTrue(lines.contains("\(name) | quit | Carrow Transit"), "\(name): \(lines)")
        }
    }

    func testTheCountMustMatchAndTheVerbMustLeave() throws {
        let two = "Three senior directors of Carrow Transit are set to quit. The pair are Ian Folds and Mary Quill."
        XCTAssertFalse(try Support.read(two).contains { $0.contains("| quit |") })
        let stay = "Two senior directors of Carrow Transit are set to stay. The pair are Ian Folds and Mary Quill."
        XCTAssertFalse(try Support.read(stay).contains { $0.contains("Carrow Transit") && $0.contains("Ian Folds") })
    }
}
