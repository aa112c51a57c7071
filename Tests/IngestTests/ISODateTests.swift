import XCTest
@testable import Ingest

final class ISODateTests: XCTestCase {
    func testNormalisesTheDatesFeedsAndPagesUse() {
        let table: [(String, String?)] = [
            ("2024-04-12", "2024-04-12"),
            ("2024-04-12T09:30:00+01:00", "2024-04-12T09:30:00+01:00"),
            ("2024-04-12T09:30:00.000Z", "2024-04-12T09:30:00Z"),
            ("2024-04-12T09:30Z", "2024-04-12T09:30:00Z"),
            ("2024-04-12T09:30:00+0530", "2024-04-12T09:30:00+05:30"),
            ("2024-04-12 09:30:00", "2024-04-12T09:30:00"),
            ("Thu, 18 Apr 2024 16:42:10 +0000", "2024-04-18T16:42:10Z"),
            ("18 Apr 2024 16:42 GMT", "2024-04-18T16:42:00Z"),
            ("Mon, 06 May 24 08:00 EST", "2024-05-06T08:00:00-05:00"),
            ("Tue, 5 December 2023", "2023-12-05"),
            ("2024-02-29", "2024-02-29"),
            ("2023-02-29", nil),
            ("2024-13-01", nil),
            ("2024-04-12T25:00:00Z", nil),
            ("yesterday", nil),
            ("12 Foo 2024", nil),
            ("", nil),
        ]
        for (input, expected) in table { XCTAssertEqual(ISODate.normalize(input), expected, input) }
    }
}
