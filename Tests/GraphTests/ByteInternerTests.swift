import XCTest
@testable import Graph

/// The compact reader's byte-keyed cache: keys are told apart by every byte, including past the 16
/// kept in a slot, and survive the table growing.
final class ByteInternerTests: XCTestCase {
    func testFindsEachKeyByItsBytesOnly() {
        let keys = ["", "a", "Actor 1", "Actor 10", "exactly sixteen!", "exactly sixteen!?",
                    "a long name that shares its first sixteen bytes: one", "a long name that shares its first sixteen bytes: two",
                    "Zoë Ball", "Zoe\u{308} Ball"]
        // Many more keys than the first table's slots, so it grows while holding pointers.
        let all = keys + (0..<3000).map { "Actor \($0) with a name long enough to pass sixteen bytes" }
        // All keys in one buffer, as cells lie in the input file.
        let bytes = all.flatMap { Array($0.utf8) }
        var ranges: [Range<Int>] = [], offset = 0
        for key in all {
            ranges.append(offset..<offset + key.utf8.count)
            offset += key.utf8.count
        }
        var table = ByteInterner()
        bytes.withUnsafeBufferPointer { buffer in
            for (index, range) in ranges.enumerated() {
                XCTAssertNil(table.value(for: UnsafeBufferPointer(rebasing: buffer[range])), all[index])
                table.insert(UnsafeBufferPointer(rebasing: buffer[range]), value: Int32(index))
            }
            for (index, range) in ranges.enumerated() {
                XCTAssertEqual(table.value(for: UnsafeBufferPointer(rebasing: buffer[range])), Int32(index), all[index])
            }
            // A copy of a key's bytes elsewhere finds it too; a key one byte longer does not. (Inside
            // this closure: the table points into `buffer`.)
            Array("a long name that shares its first sixteen bytes: two".utf8).withUnsafeBufferPointer {
                XCTAssertEqual(table.value(for: $0), 7)
            }
            Array("Actor 10x".utf8).withUnsafeBufferPointer { XCTAssertNil(table.value(for: $0)) }
            table.removeAll()
        }
    }
}
