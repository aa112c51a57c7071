/// Quantised weights laid out for scoring speed: most parser features have a single weight, so
/// it lives in the feature's hash slot itself and a look-up costs one cache miss; longer rows
/// sit in a compact side table of two bytes per weight (the parser: 32 MB of slots and 5 MB of rows,
/// instead of 32 MB of slots and 21 MB of 8-byte weights).
///
/// A weight is `Float(level) * scale` with an Int8 level and a Float16 row scale, exactly as the
/// model file stores it, so scores are bit-identical to scoring the decoded Float weights.
struct PackedWeights: Sendable {
    /// Feature id in the high 32 bits and a payload in the low 32 (0 = empty). Payload bit 7 set:
    /// a single weight inline (bits 0–6 class, 8–15 level, 16–31 scale index). Clear: bits 8–31
    /// are the row's offset in `rows` in 4-byte units.
    private let slots: [UInt64]
    private let mask: Int
    /// A feature's home slot is its top bits (`id >> shift`). Slots are filled in increasing id
    /// order, so every probe run is sorted: a look-up stops at the first larger id, and absent
    /// features cost no more than present ones. Probe loops end on unpredictable branches, so
    /// a sparse table (load ≤ 0.5) is faster than a denser one that fits the cache better.
    private let shift: UInt32
    /// Rows of two or more weights, 4-byte aligned: a byte of count − 1, the scale index
    /// (UInt16, little-endian), a spare byte, then (class, level) byte pairs.
    private let rows: [UInt8]
    /// The distinct row scales as Float.
    private let scales: [Float]

    /// Packs rows of (class, level) entries with one Float16 scale per row; nil when a row or
    /// class id cannot be represented (more than 256 weights in a row or 64 MB of rows).
    /// - Complexity: O(rows + entries).
    init?(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], levels: [Int8], scaleBits: [UInt16]) {
        var scaleIndex = [Int32](repeating: -1, count: 1 << 16)
        var scales: [Float] = []
        var size = 16, shift: UInt32 = 28
        while size < keys.count * 2 { size <<= 1; shift -= 1 }
        var slots = [UInt64](repeating: 0, count: size)
        var rows: [UInt8] = []
        rows.reserveCapacity(2 * levels.count + 4 * keys.count)
        let inlineAllowed = classes <= 128
        let isSorted = zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
        let order = isSorted ? Array(keys.indices) : keys.indices.sorted { keys[$0] < keys[$1] }
        var nextFree = 0
        for row in order where keys[row] != 0 {
            let key = keys[row]
            let start = Int(rowStarts[row]), end = Int(rowStarts[row + 1])
            guard end > start, end - start <= 256 else { return nil }
            let bits = Int(scaleBits[row])
            if scaleIndex[bits] < 0 {
                scaleIndex[bits] = Int32(scales.count)
                scales.append(Float(Float16(bitPattern: scaleBits[row])))
            }
            let scale = UInt32(scaleIndex[bits])
            let payload: UInt32
            if end - start == 1, inlineAllowed {
                payload = scale << 16 | UInt32(UInt8(bitPattern: levels[start])) << 8 | 0x80 | UInt32(entryClasses[start])
            } else {
                guard rows.count >> 2 < 1 << 24 else { return nil }
                payload = UInt32(rows.count >> 2) << 8
                rows.append(UInt8(end - start - 1))
                rows.append(UInt8(truncatingIfNeeded: scale))
                rows.append(UInt8(truncatingIfNeeded: scale >> 8))
                rows.append(0)
                for entry in start..<end {
                    rows.append(entryClasses[entry])
                    rows.append(UInt8(bitPattern: levels[entry]))
                }
                while rows.count & 3 != 0 { rows.append(0) }
            }
            // Ids come in increasing order, so the first free slot at or after home keeps probe runs sorted.
            let slot = max(Int(key >> shift), nextFree)
            if slot >= slots.count { slots.append(contentsOf: repeatElement(0, count: slot + 1 - slots.count)) }
            guard slots[slot] == 0 else { return nil }
            slots[slot] = UInt64(key) << 32 | UInt64(payload)
            nextFree = slot + 1
        }
        // A last empty slot ends every probe run.
        slots.append(0)
        self.slots = slots
        self.mask = size - 1
        self.shift = shift
        self.rows = rows
        self.scales = scales
    }

    /// Adds the weights of `features` to `scores`, feature after feature and row entry after row
    /// entry, so sums round exactly as with the unpacked weights.
    /// - Complexity: O(f + total entries of the features' rows).
    @inline(__always)
    func add(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: features.count) { found in
            var count = 0
            // Independent probes first, reading each long row's header as soon as its slot is
            // known, so the CPU overlaps all the cache misses instead of taking them one by one.
            slots.withUnsafeBufferPointer { slotBuffer in
                rows.withUnsafeBufferPointer { rowBuffer in
                    for feature in features {
                        var slot = Int(feature >> shift), value = slotBuffer[slot]
                        while value != 0, UInt32(truncatingIfNeeded: value >> 32) < feature {
                            slot += 1
                            value = slotBuffer[slot]
                        }
                        guard value != 0, UInt32(truncatingIfNeeded: value >> 32) == feature else { continue }
                        let payload = UInt32(truncatingIfNeeded: value)
                        let header = payload & 0x80 != 0 ? 0 : rowBuffer.loadHeader(Int(payload >> 8) << 2)
                        found[count] = UInt64(header) << 32 | UInt64(payload)
                        count += 1
                    }
                }
            }
            rows.withUnsafeBufferPointer { rowBuffer in
                scales.withUnsafeBufferPointer { scaleBuffer in
                    for index in 0..<count {
                        let payload = UInt32(truncatingIfNeeded: found[index])
                        if payload & 0x80 != 0 {
                            let level = Float(Int8(truncatingIfNeeded: payload >> 8))
                            scores[Int(payload & 0x7F)] += level * scaleBuffer[Int(payload >> 16)]
                            continue
                        }
                        let header = UInt32(truncatingIfNeeded: found[index] >> 32)
                        let scale = scaleBuffer[Int(header >> 8 & 0xFFFF)]
                        var offset = (Int(payload >> 8) << 2) + 4
                        for _ in 0...Int(header & 0xFF) {
                            scores[Int(rowBuffer[offset])] += Float(Int8(bitPattern: rowBuffer[offset + 1])) * scale
                            offset += 2
                        }
                    }
                }
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The four bytes at `offset` (a multiple of 4) as a little-endian UInt32.
    @inline(__always)
    fileprivate func loadHeader(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
