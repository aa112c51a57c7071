import CZlib

/// Writes items (one edge's evidence, one node's records) into zlib blocks of `NativeFormat.blockItems`,
/// so a reader inflates only the blocks of the items it shows.
///
/// Section layout: item count (u64), items a block (u32), block count (u32), then per block its data
/// offset (u64), compressed and raw lengths (u32 each), then the data. A raw block is item count + 1
/// offsets (u32) followed by the items' bytes.
///
/// Full blocks are deflated on a second thread (`BlockDeflater`) while the caller encodes the next.
struct BlockWriter {
    private var pending = ByteSink()
    private var pendingOffsets: [UInt32] = [0]
    /// Each block's raw length, in block order.
    private var rawLengths: [UInt32] = []
    private var itemCount = 0
    /// Made on the first full block: a section of one block is deflated without a thread.
    private var deflater: BlockDeflaterHandle?

    /// Adds one item, written by `body`.
    mutating func append(_ body: (inout ByteSink) -> Void) {
        body(&pending)
        pendingOffsets.append(UInt32(truncatingIfNeeded: pending.bytes.count))
        itemCount += 1
        if pendingOffsets.count > NativeFormat.blockItems { flush() }
    }

    private mutating func flush() {
        guard let raw = takeBlock() else { return }
        if deflater == nil { deflater = BlockDeflaterHandle() }
        deflater?.deflater.submit(raw)
    }

    /// The pending items as a raw block (nil when there are none), its length noted; pending emptied.
    private mutating func takeBlock() -> [UInt8]? {
        guard pendingOffsets.count > 1 else { return nil }
        var raw = ByteSink()
        raw.column(pendingOffsets)
        raw.bytes.append(contentsOf: pending.bytes)
        rawLengths.append(UInt32(truncatingIfNeeded: raw.bytes.count))
        pending.bytes.removeAll(keepingCapacity: true)
        pendingOffsets = [0]
        return raw.bytes
    }

    /// The finished section.
    /// - Complexity: O(total raw bytes), the deflating shared between this thread and the worker.
    mutating func finish() -> [UInt8] {
        let blocks: [[UInt8]]
        if let deflater {
            flush()
            blocks = deflater.deflater.finish()
        } else {
            blocks = takeBlock().map { [Self.deflate($0)] } ?? []
        }
        deflater = nil
        var sink = ByteSink()
        sink.fixed(UInt64(itemCount))
        sink.fixed(UInt32(NativeFormat.blockItems))
        sink.fixed(UInt32(truncatingIfNeeded: blocks.count))
        var offset: UInt64 = 0
        for (block, rawLength) in zip(blocks, rawLengths) {
            sink.fixed(offset)
            sink.fixed(UInt32(truncatingIfNeeded: block.count))
            sink.fixed(rawLength)
            offset += UInt64(block.count)
        }
        sink.bytes.reserveCapacity(sink.bytes.count + Int(offset))
        for block in blocks { sink.bytes.append(contentsOf: block) }
        return sink.bytes
    }

    /// `raw` as one zlib stream (with its Adler-32, which readers check).
    static func deflate(_ raw: [UInt8]) -> [UInt8] {
        var bound = compressBound(uLong(raw.count))
        var status = Z_OK
        // Not zeroed first: zlib writes what is kept (zeroing the bound, about the raw size, was a pass
        // over every section's raw bytes).
        let output = [UInt8](unsafeUninitializedCapacity: Int(bound)) { target, initialized in
            status = raw.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &bound, source.baseAddress, uLong(raw.count), NativeFormat.compressionLevel)
            }
            initialized = status == Z_OK ? Int(bound) : 0
        }
        // compress2 fails only for a bad level or a buffer under compressBound, neither of which can happen here.
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        // A copy of just the stream into storage of its own size: `output` keeps the capacity of the bound,
        // about the raw size, and blocks are held until the section is finished.
        return output.withUnsafeBufferPointer { Array($0) }
    }
}
