/// Bytes of markup or JSON to a string: UTF-8 (BOM or not), UTF-16 with a BOM, and otherwise
/// Windows-1252 with a warning, as older news sites still serve. NUL bytes mean binary.
enum ByteText {
    /// The decoded text and a warning when the bytes were not UTF-8.
    static func decode(_ bytes: [UInt8], name: String) throws(IngestError) -> (text: String, warning: String?) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
                index += 2
            }
            return (String(decoding: units, as: UTF16.self), nil)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if body.contains(0) { throw .binary(name) }
        if let text = String(validating: body, as: UTF8.self) { return (text, nil) }
        var scalars = String.UnicodeScalarView()
        for byte in body { scalars.append(windows1252(byte)) }
        return (String(scalars), "\(name) is not valid UTF-8; decoded as Windows-1252 (Latin-1)")
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic characters. NLP's TextDecoder has the
    /// same table; Ingest keeps its own because neither module may depend on the other.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80 && byte < 0xA0 else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(high[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
