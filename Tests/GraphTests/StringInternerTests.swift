import XCTest
@testable import Graph

/// The native writer's string table: one id per distinct byte sequence, in first-use order, through
/// the table's growth.
final class StringInternerTests: XCTestCase {
    func testIdsAreFirstUseOrderByExactBytes() {
        var table = StringInterner()
        let strings = ["", "a", "Actor 1", "Actor 10", "exactly eight", "Zoë Ball", "Zoe\u{308} Ball"]
            + (0..<5000).map { "name \($0) long enough to pass several eight-byte words" }
        for (index, text) in strings.enumerated() { XCTAssertEqual(table.id(text), UInt32(index), text) }
        // Again, and in another order: the same ids, nothing added (canonically equal spellings stay apart).
        for (index, text) in strings.enumerated().reversed() { XCTAssertEqual(table.id(text), UInt32(index), text) }
        XCTAssertEqual(table.strings, strings)
        XCTAssertEqual(table.existingID("Actor 10"), 3)
        XCTAssertNil(table.existingID("Actor 11"))
        XCTAssertNil(table.existingID("Zoé Ball"))
        XCTAssertEqual(table.strings.count, strings.count)
    }

    func testReservedTableGivesTheSameIds() {
        var plain = StringInterner(), reserved = StringInterner()
        reserved.reserveCapacity(10_000)
        let texts = (0..<20_000).map { "k\($0 % 7_000)" }
        XCTAssertEqual(texts.map { plain.id($0) }, texts.map { reserved.id($0) })
        XCTAssertEqual(plain.encoded(), reserved.encoded())
    }
}
