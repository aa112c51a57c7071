/// Turns the bytes of an input file into text, refusing what is not text.
///
/// UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; UTF-16 without a BOM is
/// recognised by its zero bytes; anything else that looks like text but is not valid UTF-8 keeps
/// its well-formed UTF-8 sequences and reads the other bytes as Windows-1252 (a superset of
/// Latin-1), with a warning. Empty input and binary data
/// (NUL bytes, many control characters) throw. Line breaks become "\n", as Python's text mode
/// reads them, so offsets agree with what other tools see. HTML pages are reduced to their text.
public enum TextDecoder {
    /// Decodes `bytes`, naming the input `name` in errors and warnings.
    /// - Complexity: O(n) in the number of bytes.
    public static func decode(_ bytes: [UInt8], name: String) throws -> DecodedText {
        guard !bytes.isEmpty else { throw NLPError.emptyInput(name) }
        var warnings: [String] = []
        let encoding: DecodedText.Encoding
        var scalars: [Unicode.Scalar]
        if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            scalars = utf16(bytes[2...], bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            scalars = utf16(bytes[2...], bigEndian: true)
        } else if let bigEndian = bomlessUTF16(bytes) {
            encoding = bigEndian ? .utf16BigEndian : .utf16LittleEndian
            scalars = utf16(bytes[...], bigEndian: bigEndian)
            warnings.append("\(name) has no byte-order mark; decoded as \(encoding.rawValue)")
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if looksBinary(body) { throw NLPError.binaryInput(name) }
            if let text = String(validating: body, as: UTF8.self) {
                encoding = .utf8
                scalars = Array(text.unicodeScalars)
            } else {
                encoding = .windows1252
                scalars = utf8OrWindows1252(body)
                warnings.append("\(name) is not valid UTF-8; decoded as Windows-1252 (Latin-1)")
            }
        }
        if encoding != .utf8 && looksBinary(scalars.lazy.map(\.value)) { throw NLPError.binaryInput(name) }
        scalars = normalizedLines(scalars)
        if HTMLText.looksLikeHTML(scalars) {
            scalars = HTMLText.extractText(scalars)
            warnings.append("\(name) looks like HTML; markup removed")
        }
        guard scalars.contains(where: { !$0.properties.isWhitespace && $0.value != 0xFEFF }) else {
            throw NLPError.emptyInput(name)
        }
        return DecodedText(text: TextSlicer.string(scalars[...]), encoding: encoding, warnings: warnings)
    }

    /// Binary data: any NUL, or more than 1% control characters other than layout ones.
    /// - Complexity: O(n) in the number of code points.
    static func looksBinary<Values: Collection>(_ values: Values) -> Bool where Values.Element: BinaryInteger {
        var controls = 0
        for value in values where value < 0x20 || value == 0x7F {
            if value == 0 { return true }
            if !isLayoutControl(UInt32(value)) { controls += 1 }
        }
        return controls * 100 > values.count
    }

    private static func isLayoutControl(_ value: UInt32) -> Bool {
        value == 0x09 || value == 0x0A || value == 0x0B || value == 0x0C || value == 0x0D || value == 0x1B
    }

    /// UTF-16 without a BOM shows up as text with every other byte zero; returns its byte order.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
        let pairs = min(bytes.count / 2, 4096)
        var zeroHigh = 0, zeroLow = 0
        for pair in 0..<pairs {
            let first = bytes[2 * pair], second = bytes[2 * pair + 1]
            if first != 0 && second == 0 { zeroHigh += 1 }
            if first == 0 && second != 0 { zeroLow += 1 }
        }
        if zeroHigh * 10 >= pairs * 6 { return false }
        if zeroLow * 10 >= pairs * 6 { return true }
        return nil
    }

    /// Decodes UTF-16 code units; unpaired surrogates become U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): scalars.append(scalar)
            case .error: scalars.append("\u{FFFD}")
            case .emptyInput: break loop
            }
        }
        return scalars
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic characters.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80 && byte < 0xA0 else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(cp1252High[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// CR LF and lone CR become LF; byte-order marks are dropped.
    static func normalizedLines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x0D {
                result.append("\n")
                if index + 1 < scalars.count && scalars[index + 1].value == 0x0A { index += 1 }
            } else if value != 0xFEFF {
                result.append(scalars[index])
            }
            index += 1
        }
        return result
    }
}
