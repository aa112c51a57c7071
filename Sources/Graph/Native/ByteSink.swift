/// Appends the native file's encodings to a growing byte buffer.
struct ByteSink {
    var bytes: [UInt8] = []

    mutating func fixed<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// A whole column of fixed-width integers.
    /// - Complexity: O(n).
    mutating func column<T: FixedWidthInteger>(_ values: [T]) {
        #if _endian(little)
        // The array's memory is the column's bytes already: one copy, not an append a value.
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        bytes.reserveCapacity(bytes.count + values.count * MemoryLayout<T>.size)
        for value in values { fixed(value) }
        #endif
    }

    /// LEB128: seven bits a byte, low first.
    mutating func varint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func varint(_ value: Int) { varint(UInt64(bitPattern: Int64(value))) }

    /// A signed value zigzag-coded, so small negatives stay short.
    mutating func signed(_ value: Int) {
        let wide = Int64(value)
        varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// Length, then UTF-8 bytes as stored (no normalisation, so strings round-trip exactly).
    mutating func string(_ value: String) {
        var copy = value
        copy.withUTF8 { utf8 in
            varint(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Length, then the bytes: a string already in UTF-8.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        varint(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    /// Zero bytes up to the next multiple of `alignment`.
    mutating func pad(to alignment: Int) {
        while bytes.count % alignment != 0 { bytes.append(0) }
    }
}
