/// Frozen sparse multi-class weights: for each hashed feature, the classes it has a weight for.
///
/// A feature seen in training touches only the classes it was updated for (1–5 of ~100), so
/// sparse rows make the model small and scoring fast. Scoring is bound by memory latency, so
/// each feature costs two cache misses at most: one open-addressing slot, then its entries.
/// A model read from a file (quantised weights) scores through the denser `PackedWeights`;
/// one built from Float weights in training keeps them exactly.
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
    /// The class of each weight, row after row.
    let entryClasses: [UInt8]
    /// The weights, row after row. A model read from a file scores through `packed` and needs them only
    /// to be written again or pruned, so it keeps its quantised levels and decodes them on demand.
    var entryValues: [Float] { levels.isEmpty ? storedValues : Self.decode(levels: levels, scaleBits: scaleBits, rowStarts: rowStarts) }
    private let storedValues: [Float]
    /// Quantised weights (`Float(level) * Float(row scale)`), or empty when `storedValues` holds them.
    private let levels: [Int8]
    private let scaleBits: [UInt16]
    /// Open-addressing slots: feature id in the high 32 bits, first entry in the low 32 (0 = empty);
    /// empty when `packed` scores.
    private let slots: [UInt64]
    private let entries: [Entry]
    private let mask: Int
    private let packed: PackedWeights?

    private init(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], entryValues: [Float],
                 levels: [Int8] = [], scaleBits: [UInt16] = [], slots: [UInt64], entries: [Entry], packed: PackedWeights?) {
        self.classes = classes
        self.keys = keys
        self.rowStarts = rowStarts
        self.entryClasses = entryClasses
        storedValues = entryValues
        self.levels = levels
        self.scaleBits = scaleBits
        self.slots = slots
        self.entries = entries
        mask = max(0, slots.count - 1)
        self.packed = packed
    }

    /// Builds the model from rows of (class, value) entries; every row must have at least one entry.
    init(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], entryValues: [Float]) {
        var entries = [Entry](repeating: Entry(value: 0, label: 0, isLast: 0), count: entryValues.count)
        for index in entries.indices {
            entries[index] = Entry(value: entryValues[index], label: UInt16(entryClasses[index]), isLast: 0)
        }
        for row in 0..<keys.count where rowStarts[row + 1] > rowStarts[row] {
            entries[Int(rowStarts[row + 1]) - 1].isLast = 1
        }
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        for (row, key) in keys.enumerated() where key != 0 {
            var slot = Int(key) & (size - 1)
            while slots[slot] != 0, UInt32(truncatingIfNeeded: slots[slot] >> 32) != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt64(key) << 32 | UInt64(UInt32(rowStarts[row]))
        }
        self.init(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses, entryValues: entryValues,
                  slots: slots, entries: entries, packed: nil)
    }

    /// Builds the model from quantised rows: weight = Float(level) · Float(row scale), as stored in model files.
    init(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], levels: [Int8], scaleBits: [UInt16]) {
        guard let packed = PackedWeights(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses,
                                         levels: levels, scaleBits: scaleBits) else {
            self.init(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses,
                      entryValues: Self.decode(levels: levels, scaleBits: scaleBits, rowStarts: rowStarts))
            return
        }
        self.init(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses, entryValues: [],
                  levels: levels, scaleBits: scaleBits, slots: [], entries: [], packed: packed)
    }

    /// The Float weights of quantised rows.
    /// - Complexity: O(rows + entries).
    private static func decode(levels: [Int8], scaleBits: [UInt16], rowStarts: [Int32]) -> [Float] {
        var values = [Float](repeating: 0, count: levels.count)
        for row in 0..<scaleBits.count {
            let scale = Float(Float16(bitPattern: scaleBits[row]))
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) { values[entry] = Float(levels[entry]) * scale }
        }
        return values
    }

    /// The number of feature rows.
    var rowCount: Int { keys.count }

    /// Sets `scores` to the summed weights of `features` (unknown features add nothing).
    /// - Complexity: O(c + total entries of the features' rows).
    @inline(__always)
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        for index in 0..<classes { scores[index] = 0 }
        add(features, into: scores)
    }

    /// Adds the summed weights of `features` to `scores`, feature after feature.
    /// - Complexity: O(total entries of the features' rows).
    @inline(__always)
    func add(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        if let packed {
            packed.add(features, into: scores)
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { starts in
            var found = 0
            // First find every feature's entries: independent probes let the CPU overlap the cache misses.
            slots.withUnsafeBufferPointer { slotBuffer in
                for feature in features {
                    guard let start = slotBuffer.payload(of: feature, from: Int(feature) & mask, mask: mask) else { continue }
                    starts[found] = Int(start)
                    found += 1
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

extension UnsafeBufferPointer<UInt64> {
    /// The low 32 bits of the open-addressing slot holding `feature` in its high 32 bits, probing from slot `home`; nil when absent.
    @inline(__always)
    fileprivate func payload(of feature: UInt32, from home: Int, mask: Int) -> UInt32? {
        var slot = home
        while true {
            let value = self[slot]
            if value == 0 { return nil }
            if UInt32(truncatingIfNeeded: value >> 32) == feature { return UInt32(truncatingIfNeeded: value) }
            slot = (slot + 1) & mask
        }
    }
}
