import XCTest
@testable import Extraction

/// A description already resolved makes its actor more salient for the next one.
final class DescriptionSalienceTests: XCTestCase {
    func testAResolvedDescriptionCountsTowardTheMainFirm() throws {
        let lines = try Support.read("""
            Regulators criticised Fannie Mae over its accounts. The firm denied any wrongdoing. \
            The Washington Post reported the findings on Monday. Chief executive Tom Baker has left the firm.
            """)
        XCTAssertTrue(lines.contains("Tom Baker | leave | Fannie Mae"), "\(lines)")
        XCTAssertFalse(lines.contains("Tom Baker | leave | Washington Post"), "\(lines)")
    }
}
