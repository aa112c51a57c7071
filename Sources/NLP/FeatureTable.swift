/// An open-addressing map from non-zero 32-bit feature ids to dense row numbers.
///
/// Much faster than `Dictionary` for the millions of look-ups a parse makes, and its arrays
/// can be written to and read from a model file as they are.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt32]
    private(set) var rows: [Int32]
    private(set) var count: Int = 0
    private var mask: Int

    /// Creates an empty table with room for about `capacity` keys.
    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt32](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Rebuilds a table from stored arrays; nil if they are inconsistent.
    init?(keys: [UInt32], rows: [Int32]) {
        let size = keys.count
        guard size >= 16, size & (size - 1) == 0, rows.count == size else { return nil }
        self.keys = keys
        self.rows = rows
        mask = size - 1
        count = keys.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
    }

    /// The row of `key`, or -1 when absent.
    @inline(__always)
    func row(of key: UInt32) -> Int32 {
        keys.withUnsafeBufferPointer { keyBuffer in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keyBuffer[slot]
                if found == key { return rows[slot] }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The row of `key`, giving it `newRow` when absent; returns the row and whether it was added.
    mutating func insert(_ key: UInt32, newRow: Int32) -> (row: Int32, inserted: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let found = keys[slot]
            if found == key { return (rows[slot], false) }
            if found == 0 {
                keys[slot] = key
                rows[slot] = newRow
                count += 1
                return (newRow, true)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = [UInt32](repeating: 0, count: oldKeys.count * 2)
        rows = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (slot, key) in oldKeys.enumerated() where key != 0 {
            _ = insert(key, newRow: oldRows[slot])
        }
    }
}
