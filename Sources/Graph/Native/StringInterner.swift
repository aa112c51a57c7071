/// Interns the structure's strings for the native file: each distinct byte sequence once, ids in
/// first-use order, so the same graph always gives the same table.
///
/// Its own table rather than a `Dictionary` of `ExactString`: the compact build interns millions of
/// short strings, and a hash over the UTF-8 words with one 64-bit hash kept per string (compared before
/// the bytes, reused when the table grows) costs a fraction of `Hasher` and `UTF8View` comparison.
struct StringInterner {
    /// Open addressing, linear probing: a string's id, or -1 for an empty slot; a power of two long,
    /// kept at most half full.
    private var slots = [Int32](repeating: -1, count: 64)
    /// Each string's hash, by id.
    private var hashes: [UInt64] = []
    private(set) var strings: [String] = []

    /// The id of `text`, adding it on first use.
    /// - Complexity: O(length of `text`) expected.
    mutating func id(_ text: String) -> UInt32 {
        let hash = Self.hash(text)
        let (slot, found) = find(text, hash: hash)
        if let found { return found }
        let id = strings.count
        guard (id + 1) * 2 <= slots.count else {
            grow()
            return self.id(text)
        }
        slots[slot] = Int32(truncatingIfNeeded: id)
        hashes.append(hash)
        strings.append(text)
        return UInt32(truncatingIfNeeded: id)
    }

    /// The id of `text` if it has one, adding nothing.
    /// - Complexity: O(length of `text`) expected.
    func existingID(_ text: String) -> UInt32? { find(text, hash: Self.hash(text)).id }

    /// `text`'s id, or the empty slot where it would go.
    private func find(_ text: String, hash: UInt64) -> (slot: Int, id: UInt32?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { return (slot, nil) }
            if hashes[id] == hash, ExactString(strings[id]) == ExactString(text) { return (slot, UInt32(truncatingIfNeeded: id)) }
            slot = (slot + 1) & mask
        }
    }

    /// Room for `count` strings without growing the table.
    mutating func reserveCapacity(_ count: Int) {
        strings.reserveCapacity(count)
        hashes.reserveCapacity(count)
        while slots.count < count * 2 { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: id)
        }
    }

    /// A hash of the UTF-8 bytes, eight at a time, mixed so the low bits (the slot) depend on every byte.
    private static func hash(_ text: String) -> UInt64 {
        let hashed = text.utf8.withContiguousStorageIfAvailable { hash(UnsafeRawBufferPointer($0)) }
        return hashed ?? Array(text.utf8).withUnsafeBytes { hash($0) }
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xC2B2_AE3D_27D4_EB4F
            hash ^= hash >> 29
            index += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 32
        hash = hash &* 0xC2B2_AE3D_27D4_EB4F
        return hash ^ hash >> 29
    }

    /// The table: count, then count + 1 byte offsets into the UTF-8 blob that follows.
    /// - Complexity: O(total bytes).
    func encoded() -> [UInt8] {
        var sink = ByteSink()
        sink.fixed(UInt32(truncatingIfNeeded: strings.count))
        var offset: UInt32 = 0
        sink.fixed(offset)
        for text in strings {
            offset &+= UInt32(truncatingIfNeeded: text.utf8.count)
            sink.fixed(offset)
        }
        for text in strings { sink.bytes.append(contentsOf: text.utf8) }
        return sink.bytes
    }

    /// Every string of an encoded table, in id order.
    /// - Complexity: O(total bytes).
    static func decode(_ cursor: inout ByteCursor) throws(GraphError) -> [String] {
        let count = Int(try cursor.fixed(UInt32.self))
        let offsets = try cursor.column(UInt32.self, count: count + 1)
        let base = cursor.offset
        guard let total = offsets.last, Int(total) <= cursor.bytes.count - base else { throw cursor.problem("string table overruns its section") }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for index in 0..<count {
            let start = Int(offsets[index]), end = Int(offsets[index + 1])
            guard start <= end, end <= Int(total) else { throw cursor.problem("string \(index) lies outside the table") }
            let slice = UnsafeRawBufferPointer(rebasing: cursor.bytes[(base + start)..<(base + end)])
            guard let text = String(validating: slice, as: UTF8.self) else { throw cursor.problem("string \(index) is not UTF-8") }
            strings.append(text)
        }
        cursor.offset = base + Int(total)
        return strings
    }
}
