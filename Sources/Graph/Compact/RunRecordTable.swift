/// The compact reader's record ids of one document run, by (name id, type) packed in a word: looked up
/// twice a line and emptied at every change of document, so it is an open-addressing table whose slots
/// carry the run they were filled in, and emptying it is one increment, not a pass over its slots.
struct RunRecordTable {
    private struct Slot {
        var key: UInt64 = 0
        var value: Int32 = 0
        /// The run the slot was filled in; a slot of an earlier run is empty.
        var run: UInt32 = 0
    }

    /// A power of two long, kept at most half full.
    private var slots = [Slot](repeating: Slot(), count: 256)
    private var run: UInt32 = 1
    private var used = 0

    /// The value stored for `key` in this run, if any.
    func value(for key: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.slot(key, mask: mask)
        while slots[slot].run == run {
            if slots[slot].key == key { return slots[slot].value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` for `key` (not yet present in this run).
    mutating func insert(_ key: UInt64, value: Int32) {
        if (used + 1) * 2 > slots.count { grow() }
        place(Slot(key: key, value: value, run: run))
        used += 1
    }

    /// Forgets every key: a new run starts.
    mutating func removeAll() {
        used = 0
        if run == UInt32.max {
            slots = [Slot](repeating: Slot(), count: slots.count)
            run = 1
        } else {
            run += 1
        }
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Self.slot(entry.key, mask: mask)
        while slots[slot].run == run { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let live = slots.filter { $0.run == run }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        for entry in live { place(entry) }
    }

    /// Fibonacci hashing: the key's high product bits, which depend on all of it.
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
