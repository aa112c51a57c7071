/// The native file's string table read in place: a string is decoded when asked for, not on open.
struct MappedStrings {
    let count: Int
    private let offsets: UnsafeRawBufferPointer
    private let blob: UnsafeRawBufferPointer

    /// Checks that the offsets rise and stay inside the section, so every lookup is in bounds.
    /// - Complexity: O(string count).
    init(_ cursor: inout ByteCursor) throws(GraphError) {
        count = Int(try cursor.fixed(UInt32.self))
        offsets = try cursor.borrowBytes((count + 1) * 4)
        blob = UnsafeRawBufferPointer(rebasing: cursor.bytes[cursor.offset...])
        var previous: UInt32 = 0
        for index in 0...count {
            let offset = Self.offset(offsets, index)
            guard offset >= previous, Int(offset) <= blob.count else { throw cursor.problem("string \(index) lies outside the table") }
            previous = offset
        }
    }

    private static func offset(_ offsets: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        UInt32(littleEndian: offsets.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
    }

    /// String `id` (below `count`). The structure sections are checksummed on open, so the bytes
    /// are those written, which were UTF-8; a repair is never needed.
    subscript(id: Int) -> String {
        let start = Int(Self.offset(offsets, id)), end = Int(Self.offset(offsets, id + 1))
        return String(decoding: UnsafeRawBufferPointer(rebasing: blob[start..<end]), as: UTF8.self)
    }
}
