extension LinearModel {
    /// Writes the rows in feature-id order: the ids as LEB128 deltas, each row's entry count, one
    /// Float16 scale per row, then each entry as a class byte and an Int8 weight (scaled so the
    /// row's largest weight is ±127). Sorted delta ids take about 2 bytes instead of 4.
    /// - Complexity: O(rows log rows + entries).
    func write(to writer: inout BinaryWriter) {
        let order = (0..<rowCount).sorted { keys[$0] < keys[$1] }
        var deltas: [UInt8] = []
        deltas.reserveCapacity(rowCount * 3)
        var counts: [UInt8] = [], scales: [UInt16] = [], quantized: [UInt8] = [], classBytes: [UInt8] = []
        var previous: UInt32 = 0
        // Decoded once: a quantised model decodes its weights on every read of `entryValues`.
        let entryValues = entryValues
        for row in order {
            var delta = keys[row] - previous
            previous = keys[row]
            while delta >= 0x80 {
                deltas.append(UInt8(delta & 0x7F) | 0x80)
                delta >>= 7
            }
            deltas.append(UInt8(delta))
            let range = Int(rowStarts[row])..<Int(rowStarts[row + 1])
            counts.append(UInt8(range.count - 1))
            let largest = range.reduce(Float(0)) { max($0, abs(entryValues[$1])) }
            let scale = Float16(largest > 0 ? largest / 127 : 1)
            scales.append(scale.bitPattern)
            for entry in range {
                let level = (entryValues[entry] / Float(scale)).rounded()
                quantized.append(UInt8(bitPattern: Int8(max(-127, min(127, level)))))
                classBytes.append(entryClasses[entry])
            }
        }
        writer.write(classes)
        writer.write(rowCount)
        writer.write(deltas)
        writer.write(counts)
        writer.write(integers: scales)
        writer.write(classBytes)
        writer.write(quantized)
    }

    /// Reads weights written by `write(to:)`.
    /// - Complexity: O(rows + entries).
    static func read(from reader: inout BinaryReader, path: String) throws -> LinearModel {
        let classes = try reader.readInt(limit: 256)
        let rowCount = try reader.readInt()
        let keys = try decodeDeltas(try reader.readBytes(), count: rowCount, path: path)
        let counts = try reader.readBytes()
        let scaleBits = try reader.readIntegers(UInt16.self)
        let entryClasses = try reader.readBytes()
        let quantized = try reader.readBytes()
        guard classes > 0, counts.count == keys.count, scaleBits.count == keys.count,
              quantized.count == entryClasses.count else {
            throw NLPError.corruptModel(path: path, reason: "weight table sizes disagree")
        }
        var rowStarts = [Int32](repeating: 0, count: keys.count + 1)
        for row in 0..<keys.count { rowStarts[row + 1] = rowStarts[row] + Int32(counts[row]) + 1 }
        guard Int(rowStarts[keys.count]) == entryClasses.count, entryClasses.allSatisfy({ Int($0) < classes }) else {
            throw NLPError.corruptModel(path: path, reason: "weight entries disagree with their rows")
        }
        return LinearModel(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses,
                           levels: quantized.withUnsafeBytes { Array($0.bindMemory(to: Int8.self)) }, scaleBits: scaleBits)
    }

    /// Strictly increasing non-zero ids from LEB128 deltas.
    /// - Complexity: O(bytes); the ids are written straight into the result (there are 1.5 million).
    private static func decodeDeltas(_ bytes: [UInt8], count: Int, path: String) throws -> [UInt32] {
        try [UInt32](unsafeUninitializedCapacity: count) { keys, initialized in
            var current: UInt64 = 0, delta: UInt64 = 0, shift: UInt64 = 0, found = 0
            try bytes.withUnsafeBufferPointer { input in
                for byte in input {
                    guard shift < 35 else { throw NLPError.corruptModel(path: path, reason: "bad feature id encoding") }
                    delta |= UInt64(byte & 0x7F) << shift
                    shift += 7
                    guard byte & 0x80 == 0 else { continue }
                    current += delta
                    guard delta > 0, current <= UInt64(UInt32.max) else {
                        throw NLPError.corruptModel(path: path, reason: "feature ids not strictly increasing")
                    }
                    // Ids past `count` are only counted, for the error below.
                    if found < count {
                        keys[found] = UInt32(current)
                        initialized = found + 1
                    }
                    found += 1
                    delta = 0
                    shift = 0
                }
            }
            guard found == count, shift == 0 else {
                throw NLPError.corruptModel(path: path, reason: "expected \(count) feature ids, found \(found)")
            }
        }
    }
}
