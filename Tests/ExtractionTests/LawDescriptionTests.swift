import XCTest
@testable import Extraction

/// "the legislation", "the bill", "the new law" in an article that names one law stand for it.
final class LawDescriptionTests: XCTestCase {
    func testTheLegislationBeforeTheNameIsTheLaw() throws {
        let text = "A new law comes into force in Ontario. The legislation, which was signed by Premier Dana Holt, "
            + "bans cold calls. The province's Quiet Homes Protection Act also fines callers."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Dana Holt | sign | Quiet Homes Protection Act"), "\(lines)")
    }

    func testTwoLawsOrAGenericLawAreLeftAlone() throws {
        let two = "The bill was backed by Senator Ray Moss on Monday. The Clean Rivers Bill passed. The Open Roads Bill failed."
        XCTAssertFalse(try Support.read(two).contains { $0.hasPrefix("Ray Moss") }, "two laws")
        let generic = "The Clean Rivers Act took effect. Governor Ray Moss said anyone breaking the law would be fined."
        XCTAssertFalse(try Support.read(generic).contains { $0.contains("break") }, "a bare 'the law'")
    }

    func testALawNameHoldsToThe() throws {
        let text = "Labour peer Lord Harrow's Succession to the Throne Bill was debated. The bill was backed by Senator Ray Moss."
        let lines = try Support.read(text)
        XCTAssertTrue(lines.contains("Ray Moss | back | Succession to the Throne Bill"), "\(lines)")
        // Opening a sentence, "Changes to the X Act" is a phrase, not the law's name.
        let names = try Support.actors("Changes to the Clean Rivers Act were backed by Senator Ray Moss.")
        XCTAssertFalse(names.contains { $0.hasPrefix("Changes") }, "\(names)")
    }
}
