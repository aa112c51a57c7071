extension LinearModel {
    /// Writes the rows' feature ids and entry counts, one Float scale per row, then each entry as
    /// a class byte and an Int8 weight (scaled so the row's largest weight is ±127).
    /// - Complexity: O(rows + entries).
    func write(to writer: inout BinaryWriter) {
        var counts = [UInt8](repeating: 0, count: rowCount)
        var scales = [Float](repeating: 0, count: rowCount)
        var quantized = [UInt8](repeating: 0, count: entries.count)
        var entryClasses = [UInt8](repeating: 0, count: entries.count)
        for row in 0..<rowCount {
            let range = Int(rowStarts[row])..<Int(rowStarts[row + 1])
            counts[row] = UInt8(range.count - 1)
            let largest = range.reduce(Float(0)) { max($0, abs(entries[$1].value)) }
            let scale = largest > 0 ? largest / 127 : 1
            scales[row] = scale
            for entry in range {
                quantized[entry] = UInt8(bitPattern: Int8((entries[entry].value / scale).rounded()))
                entryClasses[entry] = UInt8(entries[entry].label)
            }
        }
        writer.write(classes)
        writer.write(integers: keys)
        writer.write(counts)
        writer.write(scales)
        writer.write(entryClasses)
        writer.write(quantized)
    }

    /// Reads weights written by `write(to:)`.
    /// - Complexity: O(rows + entries).
    static func read(from reader: inout BinaryReader, path: String) throws -> LinearModel {
        let classes = try reader.readInt(limit: 256)
        let keys = try reader.readIntegers(UInt32.self)
        let counts = try reader.readBytes()
        let scales = try reader.readFloats()
        let entryClasses = try reader.readBytes()
        let quantized = try reader.readBytes()
        guard classes > 0, counts.count == keys.count, scales.count == keys.count,
              quantized.count == entryClasses.count else {
            throw NLPError.corruptModel(path: path, reason: "weight table sizes disagree")
        }
        var rowStarts = [Int32](repeating: 0, count: keys.count + 1)
        for row in 0..<keys.count { rowStarts[row + 1] = rowStarts[row] + Int32(counts[row]) + 1 }
        guard Int(rowStarts[keys.count]) == entryClasses.count, entryClasses.allSatisfy({ Int($0) < classes }) else {
            throw NLPError.corruptModel(path: path, reason: "weight entries disagree with their rows")
        }
        guard !keys.contains(0), Set(keys).count == keys.count else {
            throw NLPError.corruptModel(path: path, reason: "duplicate or zero feature id")
        }
        var values = [Float](repeating: 0, count: quantized.count)
        for row in 0..<keys.count {
            let scale = scales[row]
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) {
                values[entry] = Float(Int8(bitPattern: quantized[entry])) * scale
            }
        }
        return LinearModel(classes: classes, keys: keys, rowStarts: rowStarts, entryClasses: entryClasses,
                           entryValues: values)
    }
}
