import Foundation

/// Reads the native file's encodings from borrowed bytes, turning every overrun into `corruptGraph`.
///
/// Valid only inside the `withUnsafeBytes` call that lent the buffer.
struct ByteCursor {
    let bytes: UnsafeRawBufferPointer
    var offset = 0
    /// The file, and what is being read, for error messages.
    let path: String
    let what: String

    init(_ bytes: UnsafeRawBufferPointer, path: String, what: String) {
        self.bytes = bytes
        self.path = path
        self.what = what
    }

    var isAtEnd: Bool { offset == bytes.count }

    func problem(_ reason: String) -> GraphError {
        .corruptGraph(path: path, reason: "\(what): \(reason)")
    }

    mutating func fixed<T: FixedWidthInteger>(_ type: T.Type) throws(GraphError) -> T {
        let size = MemoryLayout<T>.size
        guard size <= bytes.count - offset else { throw problem("truncated at byte \(offset)") }
        defer { offset += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// `count` fixed-width integers, copied out in one pass.
    /// - Complexity: O(count).
    mutating func column<T: FixedWidthInteger>(_ type: T.Type, count: Int) throws(GraphError) -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= (bytes.count - offset) / size else { throw problem("truncated column at byte \(offset)") }
        let start = offset
        offset += count * size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<(start + count * size)])
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: raw)
            #if _endian(big)
            for index in 0..<count { buffer[index] = T(littleEndian: buffer[index]) }
            #endif
            initialized = count
        }
    }

    /// `count` fixed-width integers used where they lie (little-endian hosts only; see
    /// `MappedGraph.isSupported`); the section must start suitably aligned, as every section does.
    mutating func borrow<T: FixedWidthInteger>(_ type: T.Type, count: Int) throws(GraphError) -> UnsafeBufferPointer<T> {
        let raw = try borrowBytes(count * MemoryLayout<T>.size)
        guard let base = raw.baseAddress, Int(bitPattern: base) % MemoryLayout<T>.alignment == 0 else {
            if raw.isEmpty { return UnsafeBufferPointer(start: nil, count: 0) }
            throw problem("misaligned column at byte \(offset)")
        }
        return UnsafeBufferPointer(start: base.bindMemory(to: T.self, capacity: count), count: count)
    }

    /// The next `count` bytes, borrowed.
    mutating func borrowBytes(_ count: Int) throws(GraphError) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw problem("truncated column at byte \(offset)") }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    mutating func varint() throws(GraphError) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw problem("truncated at byte \(offset)") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw problem("overlong number at byte \(offset)") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or id, which must lie in `0..<limit`.
    mutating func index(below limit: Int) throws(GraphError) -> Int {
        let value = try varint()
        guard value < UInt64(limit) else { throw problem("value \(value) out of range (limit \(limit))") }
        return Int(value)
    }

    mutating func signed() throws(GraphError) -> Int {
        let raw = try varint()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    mutating func string() throws(GraphError) -> String {
        let count = try index(below: bytes.count - offset + 1)
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
        offset += count
        guard let text = String(validating: slice, as: UTF8.self) else { throw problem("invalid UTF-8 before byte \(offset)") }
        return text
    }

    /// `withUnsafeBytes` for a body that throws `GraphError`: Foundation's method only rethrows,
    /// which would widen the error to `any Error`.
    static func withBytes<T>(of bytes: some ContiguousBytes,
                             _ body: (UnsafeRawBufferPointer) throws(GraphError) -> T) throws(GraphError) -> T {
        try bytes.withUnsafeBytes { raw in Result { () throws(GraphError) -> T in try body(raw) } }.get()
    }
}
