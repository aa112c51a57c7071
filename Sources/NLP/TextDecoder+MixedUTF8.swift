extension TextDecoder {
    /// Text that is mostly UTF-8 with stray bytes (a Latin-1 '£' pasted into a UTF-8 article):
    /// every well-formed UTF-8 sequence keeps its character and only the other bytes are read as
    /// Windows-1252, so one bad byte does not turn every curly quote in the file into mojibake.
    /// - Complexity: O(n) in the number of bytes.
    static func utf8OrWindows1252(_ bytes: ArraySlice<UInt8>) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                scalars.append(Unicode.Scalar(lead))
                index += 1
            } else if let (scalar, length) = utf8Sequence(in: bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(windows1252(lead))
                index += 1
            }
        }
        return scalars
    }

    /// The well-formed multi-byte UTF-8 sequence at `index` (no overlong forms, surrogates or
    /// values past U+10FFFF) and its length, or nil.
    private static func utf8Sequence(in bytes: ArraySlice<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        let length: Int, minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value, minimum) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (length, value, minimum) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (length, value, minimum) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard bytes.endIndex - index >= length else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
