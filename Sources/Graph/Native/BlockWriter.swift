import CZlib

/// Writes items (one edge's evidence, one node's records) into zlib blocks of `NativeFormat.blockItems`,
/// so a reader inflates only the blocks of the items it shows.
///
/// Section layout: item count (u64), items a block (u32), block count (u32), then per block its data
/// offset (u64), compressed and raw lengths (u32 each), then the data. A raw block is item count + 1
/// offsets (u32) followed by the items' bytes.
struct BlockWriter {
    private var pending = ByteSink()
    private var pendingOffsets: [UInt32] = [0]
    private var index = ByteSink()
    private var data: [UInt8] = []
    private var itemCount = 0
    private var blockCount = 0

    /// Adds one item, written by `body`.
    mutating func append(_ body: (inout ByteSink) -> Void) {
        body(&pending)
        pendingOffsets.append(UInt32(truncatingIfNeeded: pending.bytes.count))
        itemCount += 1
        if pendingOffsets.count > NativeFormat.blockItems { flush() }
    }

    private mutating func flush() {
        guard pendingOffsets.count > 1 else { return }
        var raw = ByteSink()
        raw.column(pendingOffsets)
        raw.bytes.append(contentsOf: pending.bytes)
        let compressed = Self.deflate(raw.bytes)
        index.fixed(UInt64(data.count))
        index.fixed(UInt32(truncatingIfNeeded: compressed.count))
        index.fixed(UInt32(truncatingIfNeeded: raw.bytes.count))
        data.append(contentsOf: compressed)
        blockCount += 1
        pending.bytes.removeAll(keepingCapacity: true)
        pendingOffsets = [0]
    }

    /// The finished section.
    mutating func finish() -> [UInt8] {
        flush()
        var sink = ByteSink()
        sink.fixed(UInt64(itemCount))
        sink.fixed(UInt32(NativeFormat.blockItems))
        sink.fixed(UInt32(truncatingIfNeeded: blockCount))
        sink.bytes.append(contentsOf: index.bytes)
        sink.bytes.append(contentsOf: data)
        return sink.bytes
    }

    /// `raw` as one zlib stream (with its Adler-32, which readers check).
    static func deflate(_ raw: [UInt8]) -> [UInt8] {
        var bound = compressBound(uLong(raw.count))
        var output = [UInt8](repeating: 0, count: Int(bound))
        let status = raw.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &bound, source.baseAddress, uLong(raw.count), NativeFormat.compressionLevel)
            }
        }
        // compress2 fails only for a bad level or a buffer under compressBound, neither of which can happen here.
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        output.removeSubrange(Int(bound)...)
        return output
    }
}
