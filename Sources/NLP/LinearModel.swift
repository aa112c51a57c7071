/// Frozen sparse multi-class weights: for each hashed feature, the classes it has a weight for.
///
/// A feature seen in training touches only the classes it was updated for (4–5 of ~100 on
/// average), so sparse rows make the model small and scoring fast. Scoring is bound by memory
/// latency, so each feature costs two cache misses at most: one open-addressing slot holding the
/// feature id and its first entry, then its entries, stored contiguously.
struct LinearModel: Sendable {
    /// One weight: its class, whether it ends its row, and its value.
    struct Entry: Sendable {
        var value: Float
        var label: UInt16
        var isLast: UInt16
    }

    /// The number of classes.
    let classes: Int
    /// Feature id of each row, in row order.
    let keys: [UInt32]
    /// Entries of row r are `rowStarts[r]..<rowStarts[r + 1]`.
    let rowStarts: [Int32]
    /// The weights, row after row.
    let entries: [Entry]
    /// Open-addressing slots: feature id in the high 32 bits, first entry in the low 32 (0 = empty).
    private let slots: [UInt64]
    private let mask: Int

    /// Builds the model from rows of (class, value) entries; every row must have at least one entry.
    init(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], entryValues: [Float]) {
        self.classes = classes
        self.keys = keys
        self.rowStarts = rowStarts
        var entries = [Entry](repeating: Entry(value: 0, label: 0, isLast: 0), count: entryValues.count)
        for index in entries.indices {
            entries[index] = Entry(value: entryValues[index], label: UInt16(entryClasses[index]), isLast: 0)
        }
        for row in 0..<keys.count where rowStarts[row + 1] > rowStarts[row] {
            entries[Int(rowStarts[row + 1]) - 1].isLast = 1
        }
        self.entries = entries
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for (row, key) in keys.enumerated() where key != 0 {
            var slot = Int(key) & mask
            while slots[slot] != 0, UInt32(truncatingIfNeeded: slots[slot] >> 32) != key { slot = (slot + 1) & mask }
            slots[slot] = UInt64(key) << 32 | UInt64(UInt32(rowStarts[row]))
        }
        self.slots = slots
    }

    /// The number of feature rows.
    var rowCount: Int { keys.count }

    /// Sets `scores` to the summed weights of `features` (unknown features add nothing).
    /// - Complexity: O(c + total entries of the features' rows).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        for index in 0..<classes { scores[index] = 0 }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { starts in
            var found = 0
            // First find every feature's entries: independent probes let the CPU overlap the cache misses.
            slots.withUnsafeBufferPointer { slotBuffer in
                for feature in features {
                    var slot = Int(feature) & mask
                    while true {
                        let value = slotBuffer[slot]
                        if value == 0 { break }
                        if UInt32(truncatingIfNeeded: value >> 32) == feature {
                            starts[found] = Int(UInt32(truncatingIfNeeded: value))
                            found += 1
                            break
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
            entries.withUnsafeBufferPointer { entryBuffer in
                for index in 0..<found {
                    var entry = starts[index]
                    while true {
                        let weight = entryBuffer[entry]
                        scores[Int(weight.label)] += weight.value
                        if weight.isLast != 0 { break }
                        entry += 1
                    }
                }
            }
        }
    }
}
