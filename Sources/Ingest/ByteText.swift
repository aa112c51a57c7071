/// Bytes of markup or JSON to a string: UTF-16 with a BOM; otherwise the charset the page or feed
/// declares; otherwise UTF-8 (BOM or not), and failing that Windows-1252 with a warning, as older news
/// sites still serve. NUL bytes mean binary.
enum ByteText {
    /// The decoded text and a warning when the bytes were not what they declared or UTF-8.
    static func decode(_ bytes: [UInt8], name: String, declared: DeclaredCharset? = nil) throws(IngestError)
        -> (text: String, warning: String?) {
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
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? bytes[3...] : bytes[...]
        if body.contains(0) { throw .binary(name) }
        // Pages that declare Latin-1 but are UTF-8 are common (templates keep old headers); bytes that are
        // valid UTF-8 with non-ASCII characters are almost never meant as Latin-1, so UTF-8 wins there.
        let utf8 = String(validating: body, as: UTF8.self)
        switch hasBOM ? nil : declared {
        case nil, .utf8?:
            break
        case .windows1252?, .latin9?:
            if let utf8 { return (utf8, nil) }
            return (singleByte(body, declared == .latin9 ? latin9 : windows1252), nil)
        case let .other(label, encoding)?:
            if let text = String(bytes: body, encoding: encoding) { return (text, nil) }
            if let utf8 { return (utf8, "\(name) declares \(label) but is not; read as UTF-8") }
            return (singleByte(body, windows1252), "\(name) declares \(label) but is not; decoded as Windows-1252 (Latin-1)")
        case let .unsupported(label)?:
            if let utf8 { return (utf8, "\(name) declares charset '\(label)', which NewsGraph does not decode; read as UTF-8") }
            return (singleByte(body, windows1252),
                    "\(name) declares charset '\(label)', which NewsGraph does not decode; decoded as Windows-1252 (Latin-1)")
        }
        if let utf8 { return (utf8, nil) }
        return (singleByte(body, windows1252), "\(name) is not valid UTF-8; decoded as Windows-1252 (Latin-1)")
    }

    private static func singleByte(_ bytes: ArraySlice<UInt8>, _ table: (UInt8) -> Unicode.Scalar) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(table(byte)) }
        return String(scalars)
    }

    /// ISO-8859-15: Latin-1 with eight positions changed (€, Š, š, Ž, ž, Œ, œ, Ÿ).
    static func latin9(_ byte: UInt8) -> Unicode.Scalar {
        latin9Changes[byte].flatMap(Unicode.Scalar.init) ?? Unicode.Scalar(byte)
    }

    private static let latin9Changes: [UInt8: UInt32] = [0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E,
                                                         0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178]

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
