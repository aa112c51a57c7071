import XCTest
@testable import Graph

/// Blocks deflated on a second thread come out as the same section, in the same order, as blocks
/// deflated one after another would.
final class BlockWriterTests: XCTestCase {
    func testSectionMatchesBlocksDeflatedInOrder() {
        // Items of varying length and content, so each block compresses to a different size.
        let items = (0..<(NativeFormat.blockItems * 40 + 17)).map { index in
            Array("item \(index): \(String(repeating: "x", count: index % 97))".utf8)
        }
        var writer = BlockWriter()
        for item in items { writer.append { $0.bytes.append(contentsOf: item) } }
        XCTAssertEqual(writer.finish(), expectedSection(items))
    }

    func testSmallSectionsNeedNoThread() {
        for count in [0, 1, NativeFormat.blockItems - 1, NativeFormat.blockItems, NativeFormat.blockItems + 1] {
            let items = (0..<count).map { Array("statement \($0)".utf8) }
            var writer = BlockWriter()
            for item in items { writer.append { $0.bytes.append(contentsOf: item) } }
            XCTAssertEqual(writer.finish(), expectedSection(items), "\(count) items")
        }
    }

    func testUnfinishedWriterLetsItsWorkerGo() {
        // Dropped with blocks queued (as when the compact build gives up half way): must not hang or crash.
        for _ in 0..<20 {
            var writer = BlockWriter()
            for index in 0..<(NativeFormat.blockItems * 30) { writer.append { $0.varint(index) } }
        }
        var writer = BlockWriter()
        writer.append { $0.varint(7) }
        XCTAssertEqual(writer.finish(), expectedSection([[7]]))
    }

    /// The section as the layout describes it, each block deflated here in order.
    private func expectedSection(_ items: [[UInt8]]) -> [UInt8] {
        var index = ByteSink(), data: [UInt8] = [], blocks = 0
        var start = 0
        while start < items.count {
            let block = items[start..<min(start + NativeFormat.blockItems, items.count)]
            var raw = ByteSink(), offsets: [UInt32] = [0], body: [UInt8] = []
            for item in block {
                body += item
                offsets.append(UInt32(body.count))
            }
            raw.column(offsets)
            raw.bytes += body
            let compressed = BlockWriter.deflate(raw.bytes)
            index.fixed(UInt64(data.count))
            index.fixed(UInt32(compressed.count))
            index.fixed(UInt32(raw.bytes.count))
            data += compressed
            blocks += 1
            start += NativeFormat.blockItems
        }
        var sink = ByteSink()
        sink.fixed(UInt64(items.count))
        sink.fixed(UInt32(NativeFormat.blockItems))
        sink.fixed(UInt32(blocks))
        return sink.bytes + index.bytes + data
    }
}
