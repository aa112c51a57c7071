import XCTest
@testable import Graph

/// The compact reader's per-document-run table: keys found until the run ends, none after, through growth.
final class RunRecordTableTests: XCTestCase {
    func testKeysLiveForOneRunThroughGrowth() {
        var table = RunRecordTable()
        for run in 0..<3 {
            // More keys than the first table's slots in the second run, so it grows holding live keys.
            let keys = (0..<(run == 1 ? 5_000 : 40)).map { UInt64($0) << 8 | UInt64(run) }
            for (index, key) in keys.enumerated() {
                XCTAssertNil(table.value(for: key))
                table.insert(key, value: Int32(index))
            }
            for (index, key) in keys.enumerated() { XCTAssertEqual(table.value(for: key), Int32(index)) }
            table.removeAll()
            XCTAssertTrue(keys.allSatisfy { table.value(for: $0) == nil })
        }
    }
}
