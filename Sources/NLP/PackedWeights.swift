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
    // Dense copies of long rows (a vector add instead of one scattered add per entry) cut scoring
    // instructions by a fifth but made extraction no faster: a 100-class row is seven cache lines where its
    // entries are one, and scoring waits on memory more than it computes.

    /// Packs rows of (class, level) entries with one Float16 scale per row; nil when a row or
    /// class id cannot be represented (more than 256 weights in a row or 64 MB of rows).
    /// - Complexity: O(rows + entries).
    init?(classes: Int, keys: [UInt32], rowStarts: [Int32], entryClasses: [UInt8], levels: [Int8], scaleBits: [UInt16]) {
        var size = 16, shift: UInt32 = 28
        while size < keys.count * 2 { size <<= 1; shift -= 1 }
        let isSorted = keys.withUnsafeBufferPointer { buffer in
            buffer.count < 2 || !(1..<buffer.count).contains { buffer[$0 - 1] >= buffer[$0] }
        }
        let order = isSorted ? nil : keys.indices.sorted { keys[$0] < keys[$1] }
        guard rowStarts.count > keys.count, scaleBits.count >= keys.count else { return nil }
        var packer = Packer(shift: shift, inlineAllowed: classes <= 128)
        // Room for a few slots past the home range (where the last probe runs spill) and the final empty
        // one, so that appending them does not copy the table.
        var slots = [UInt64](unsafeUninitializedCapacity: size + 17) { buffer, count in
            buffer.initialize(repeating: 0)
            count = size
        }
        // A row takes at most 2 bytes per weight and 6 of header and padding.
        var rows = [UInt8](repeating: 0, count: 2 * levels.count + 6 * keys.count)
        // The model loads about 1.5 million rows, so they are packed through unsafe buffers: appending byte by
        // byte to arrays was a third of the load time.
        let packed = slots.withUnsafeMutableBufferPointer { slotBuffer in
            rows.withUnsafeMutableBufferPointer { rowBuffer in
                entryClasses.withUnsafeBufferPointer { classBuffer in
                    levels.withUnsafeBufferPointer { levelBuffer in
                        for index in keys.indices {
                            let row = order?[index] ?? index
                            guard keys[row] != 0 else { continue }
                            let entries = Int(rowStarts[row])..<Int(rowStarts[row + 1])
                            guard packer.add(key: keys[row], entries: entries, scaleBits: scaleBits[row], classes: classBuffer,
                                             levels: levelBuffer, slots: slotBuffer, rows: rowBuffer) else { return false }
                        }
                        return true
                    }
                }
            }
        }
        guard packed else { return nil }
        slots.append(contentsOf: packer.tail)
        // A last empty slot ends every probe run.
        slots.append(0)
        self.slots = slots
        self.mask = size - 1
        self.shift = shift
        self.rows = Array(rows[..<packer.rowCount])
        self.scales = packer.scales
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

extension PackedWeights {
    /// Builds the slots and rows of `PackedWeights`, one row at a time in increasing id order.
    fileprivate struct Packer {
        /// Slots past the home range, where the last probe runs spill.
        var tail: [UInt64] = []
        /// The bytes of rows written so far.
        var rowCount = 0
        var scales: [Float] = []
        private var scaleIndex = [Int32](repeating: -1, count: 1 << 16)
        private var nextFree = 0
        private let shift: UInt32
        private let inlineAllowed: Bool

        init(shift: UInt32, inlineAllowed: Bool) {
            self.shift = shift
            self.inlineAllowed = inlineAllowed
        }

        /// Packs one row into `slots` and `rows`; false when it cannot be represented (empty, more than 256
        /// weights, 64 MB of rows, or an id not larger than the previous one).
        @inline(__always)
        mutating func add(key: UInt32, entries: Range<Int>, scaleBits bits16: UInt16, classes: UnsafeBufferPointer<UInt8>,
                          levels: UnsafeBufferPointer<Int8>, slots: UnsafeMutableBufferPointer<UInt64>,
                          rows buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
            guard !entries.isEmpty, entries.count <= 256 else { return false }
            let bits = Int(bits16)
            if scaleIndex[bits] < 0 {
                scaleIndex[bits] = Int32(scales.count)
                scales.append(Float(Float16(bitPattern: bits16)))
            }
            let scale = UInt32(scaleIndex[bits])
            let payload: UInt32
            if entries.count == 1, inlineAllowed {
                payload = scale << 16 | UInt32(UInt8(bitPattern: levels[entries.lowerBound])) << 8 | 0x80 | UInt32(classes[entries.lowerBound])
            } else {
                guard rowCount >> 2 < 1 << 24, rowCount + 6 + 2 * entries.count <= buffer.count else { return false }
                payload = UInt32(rowCount >> 2) << 8
                buffer[rowCount] = UInt8(entries.count - 1)
                buffer[rowCount + 1] = UInt8(truncatingIfNeeded: scale)
                buffer[rowCount + 2] = UInt8(truncatingIfNeeded: scale >> 8)
                var offset = rowCount + 4
                for entry in entries {
                    buffer[offset] = classes[entry]
                    buffer[offset + 1] = UInt8(bitPattern: levels[entry])
                    offset += 2
                }
                // Rows stay 4-byte aligned; the spare and padding bytes are already 0.
                rowCount = (offset + 3) & ~3
            }
            // Ids come in increasing order, so the first free slot at or after home keeps probe runs sorted.
            let slot = max(Int(key >> shift), nextFree)
            let value = UInt64(key) << 32 | UInt64(payload)
            if slot < slots.count {
                guard slots[slot] == 0 else { return false }
                slots[slot] = value
            } else {
                // Past the home range slots are only ever taken in order, one after the last.
                guard slot == slots.count + tail.count else { return false }
                tail.append(value)
            }
            nextFree = slot + 1
            return true
        }
    }
}

