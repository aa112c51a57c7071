/// Reads little-endian values written by `BinaryWriter`, throwing `corruptModel` on any overrun.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset: Int
    private let path: String

    init(_ bytes: [UInt8], offset: Int = 0, path: String) {
        self.bytes = bytes
        self.offset = offset
        self.path = path
    }

    /// True once every byte has been read.
    var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else {
            throw NLPError.corruptModel(path: path, reason: "truncated at byte \(offset)")
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func readUInt64() throws -> UInt64 {
        try take(8).withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    mutating func readUInt32() throws -> UInt32 {
        try take(4).withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    /// A count or size, which must be non-negative and no larger than `limit`.
    mutating func readInt(limit: Int = Int(Int32.max)) throws -> Int {
        let value = Int64(bitPattern: try readUInt64())
        guard value >= 0, value <= limit else {
            throw NLPError.corruptModel(path: path, reason: "implausible count \(value) at byte \(offset - 8)")
        }
        return Int(value)
    }

    mutating func readString() throws -> String {
        let count = try readInt(limit: bytes.count)
        let slice = try take(count)
        // Nearly every string of a model is ASCII, which is valid UTF-8 as it stands: decoding it directly
        // skips the generic validating initialiser, most of the model load's string time.
        if let ascii = slice.withUnsafeBufferPointer({ $0.allSatisfy { $0 < 0x80 } ? String(decoding: $0, as: UTF8.self) : nil }) {
            return ascii
        }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw NLPError.corruptModel(path: path, reason: "invalid UTF-8 at byte \(offset - count)")
        }
        return text
    }

    mutating func readStrings() throws -> [String] {
        let count = try readInt(limit: bytes.count)
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try readString()) }
        return result
    }

    /// Reads a count, then that many little-endian integers.
    mutating func readIntegers<T: FixedWidthInteger>(_ type: T.Type) throws -> [T] {
        let size = MemoryLayout<T>.size
        let count = try readInt(limit: bytes.count / size)
        let slice = try take(count * size)
        // Written straight into the result: the model holds 1.5 million row scales.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            slice.withUnsafeBytes { raw in
                for index in 0..<count { buffer[index] = T(littleEndian: raw.loadUnaligned(fromByteOffset: index * size, as: T.self)) }
            }
            initialized = count
        }
    }

    mutating func readBytes() throws -> [UInt8] {
        let count = try readInt(limit: bytes.count)
        return Array(try take(count))
    }
}
