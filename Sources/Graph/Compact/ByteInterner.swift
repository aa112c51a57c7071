/// Ids of byte strings by their bytes, for the compact reader's caches of raw cells: a cell already
/// seen is found by hashing and comparing its bytes, with no `String` made for it.
///
/// A slot holds a key's first 16 bytes itself (names and relations are mostly shorter), so a lookup
/// costs one cache miss, as a `Dictionary` of small strings does; longer keys are compared in the
/// buffer they point into, which the table does not own (the input file's bytes while they are read),
/// so the table must be emptied (`removeAll()`) before that buffer goes away.
struct ByteInterner {
    private struct Slot {
        /// The key's first 16 bytes, little-endian, zero-padded.
        var low: UInt64 = 0
        var high: UInt64 = 0
        var start: UnsafePointer<UInt8>?
        var count: Int32 = 0
        /// -1 for an empty slot.
        var value: Int32 = -1
    }

    /// Open addressing, linear probing, a power of two long, kept at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var used = 0

    /// The value stored for `key`'s bytes, if any.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let (low, high) = Self.prefix(key)
        let mask = slots.count - 1
        var slot = Self.hash(key, low: low, high: high) & mask
        while true {
            let entry = slots[slot]
            if entry.value < 0 { return nil }
            if Self.matches(entry, key, low: low, high: high) { return entry.value }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `value` (≥ 0) for `key` (not yet present).
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        if (used + 1) * 2 > slots.count { grow() }
        let (low, high) = Self.prefix(key)
        place(Slot(low: low, high: high, start: key.baseAddress.map { UnsafePointer($0) },
                   count: Int32(truncatingIfNeeded: key.count), value: value))
        used += 1
    }

    /// Forgets every key (before the buffer they point into is released).
    mutating func removeAll() {
        self = ByteInterner()
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.hash(Self.buffer(entry), low: entry.low, high: entry.high) & mask
        while slots[slot].value >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for entry in old where entry.value >= 0 { place(entry) }
    }

    private static func buffer(_ entry: Slot) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: entry.start, count: Int(entry.count))
    }

    private static func matches(_ entry: Slot, _ key: UnsafeBufferPointer<UInt8>, low: UInt64, high: UInt64) -> Bool {
        guard Int(entry.count) == key.count, entry.low == low, entry.high == high else { return false }
        guard key.count > 16 else { return true }
        let stored = buffer(entry)
        var index = 16
        while index < key.count {
            if stored[index] != key[index] { return false }
            index += 1
        }
        return true
    }

    /// The first 16 bytes as two words (a byte loop: cells are short, and this reads nothing past the cell).
    private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var low: UInt64 = 0, high: UInt64 = 0
        var index = 0
        let end = min(key.count, 16)
        while index < end {
            if index < 8 {
                low |= UInt64(key[index]) << (8 * UInt64(index))
            } else {
                high |= UInt64(key[index]) << (8 * UInt64(index - 8))
            }
            index += 1
        }
        return (low, high)
    }

    /// The prefix words and length mixed by multiplication, with FNV-1a over any bytes past 16, then a
    /// xorshift so the low bits (the slot) depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, low: UInt64, high: UInt64) -> Int {
        var hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.count)
        var index = 16
        while index < key.count {
            hash = (hash ^ UInt64(key[index])) &* 0x100_0000_01B3
            index += 1
        }
        hash ^= hash >> 32
        hash = hash &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: hash ^ hash >> 29)
    }
}
