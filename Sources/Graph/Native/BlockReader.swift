import CZlib

/// Reads the item blocks `BlockWriter` wrote, inflating one block at a time.
struct BlockReader: Sendable {
    struct Block: Sendable {
        /// Where the compressed bytes start, from the start of the file.
        var offset: Int
        var compressed: Int
        var raw: Int
    }

    let itemCount: Int
    let blockItems: Int
    let blocks: [Block]
    let path: String
    let what: String

    /// Reads the block index of a section that starts at `start` in the file.
    init(_ cursor: inout ByteCursor, start: Int) throws(GraphError) {
        path = cursor.path
        what = cursor.what
        itemCount = Int(clamping: try cursor.fixed(UInt64.self))
        blockItems = Int(try cursor.fixed(UInt32.self))
        let count = Int(try cursor.fixed(UInt32.self))
        guard blockItems > 0, count == (itemCount + blockItems - 1) / blockItems else {
            throw cursor.problem("\(count) blocks cannot hold \(itemCount) items of \(blockItems) a block")
        }
        guard count <= (cursor.bytes.count - cursor.offset) / 16 else { throw cursor.problem("block index overruns its section") }
        let dataStart = cursor.offset + count * 16
        var blocks: [Block] = []
        blocks.reserveCapacity(count)
        for _ in 0..<count {
            let offset = Int(clamping: try cursor.fixed(UInt64.self))
            let block = Block(offset: start + dataStart + offset, compressed: Int(try cursor.fixed(UInt32.self)),
                              raw: Int(try cursor.fixed(UInt32.self)))
            guard offset <= cursor.bytes.count - dataStart, block.compressed <= cursor.bytes.count - dataStart - offset else {
                throw cursor.problem("block \(blocks.count) overruns its section")
            }
            blocks.append(block)
        }
        self.blocks = blocks
    }

    /// Decodes the items of block `index` for which `wanted` holds, keyed by item number.
    /// - Complexity: O(block size).
    func decode<T>(block index: Int, in file: UnsafeRawBufferPointer, wanted: (Int) -> Bool,
                   _ body: (inout ByteCursor) throws(GraphError) -> T) throws(GraphError) -> [(item: Int, value: T)] {
        let raw = try inflate(index, in: file)
        let first = index * blockItems, count = min(blockItems, itemCount - first)
        return try ByteCursor.withBytes(of: raw) { (bytes: UnsafeRawBufferPointer) throws(GraphError) -> [(item: Int, value: T)] in
            var header = ByteCursor(bytes, path: path, what: "\(what) block \(index)")
            let offsets = try header.column(UInt32.self, count: count + 1)
            let base = header.offset
            var found: [(item: Int, value: T)] = []
            for slot in 0..<count where wanted(first + slot) {
                let start = base + Int(offsets[slot]), end = base + Int(offsets[slot + 1])
                guard start <= end, end <= bytes.count else { throw header.problem("item \(first + slot) overruns its block") }
                var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), path: path,
                                        what: "\(what) of item \(first + slot)")
                let value = try body(&cursor)
                guard cursor.isAtEnd else { throw cursor.problem("\(end - start - cursor.offset) stray bytes") }
                found.append((first + slot, value))
            }
            return found
        }
    }

    private func inflate(_ index: Int, in file: UnsafeRawBufferPointer) throws(GraphError) -> [UInt8] {
        let block = blocks[index]
        var output = [UInt8](repeating: 0, count: block.raw)
        var length = uLong(block.raw)
        let status = output.withUnsafeMutableBufferPointer { target in
            uncompress(target.baseAddress, &length, file.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) + block.offset },
                       uLong(block.compressed))
        }
        guard status == Z_OK, Int(length) == block.raw else {
            throw GraphError.corruptGraph(path: path, reason: "\(what) block \(index) is damaged (zlib status \(status))")
        }
        return output
    }
}
