import Foundation

/// The character encoding a page or feed says it is in: `<meta charset>` or the `http-equiv`
/// Content-Type in the first 1024 bytes of a page (where browsers look), or the XML declaration's
/// `encoding` in a feed. Only a byte-order mark outranks it.
enum DeclaredCharset: Equatable, Sendable {
    case utf8
    /// Windows-1252, which browsers use for every Latin-1 and ASCII label.
    case windows1252
    /// ISO-8859-15 (Latin-9): Latin-1 with the euro sign and eight other letters.
    case latin9
    /// Another single- or multi-byte encoding Foundation decodes (Cyrillic, Central European, Japanese, …).
    case other(label: String, encoding: String.Encoding)
    /// A label NewsGraph does not decode.
    case unsupported(label: String)

    /// The charset the first bytes declare, or nil when they declare none.
    /// - Complexity: O(1): looks at the first 1024 bytes at most.
    static func declared(in bytes: [UInt8], kind: InputKind) -> DeclaredCharset? {
        let head = String(decoding: bytes.prefix(1024).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        let label: Substring?
        switch kind {
        case .feed: label = xmlEncoding(in: head) ?? metaCharset(in: head)
        case .html: label = metaCharset(in: head) ?? xmlEncoding(in: head)
        default: label = nil
        }
        return label.map { DeclaredCharset(label: String($0)) }
    }

    /// The charset a label names, by the WHATWG encoding labels for the ones that matter in news.
    init(label: String) {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
             // A page that calls itself UTF-16 was decoded to reach this label, so its bytes are ASCII-compatible.
             "utf-16", "utf-16le", "utf-16be":
            self = .utf8
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
             "us-ascii", "ascii", "ansi_x3.4-1968", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            self = .windows1252
        case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9", "l9", "csisolatin9":
            self = .latin9
        default:
            if let encoding = Self.foundationEncodings[label] {
                self = .other(label: label, encoding: encoding)
            } else {
                self = .unsupported(label: label)
            }
        }
    }

    private static let foundationEncodings: [String: String.Encoding] = [
        "windows-1250": .windowsCP1250, "cp1250": .windowsCP1250, "x-cp1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251, "x-cp1251": .windowsCP1251,
        "windows-1253": .windowsCP1253, "cp1253": .windowsCP1253,
        "windows-1254": .windowsCP1254, "cp1254": .windowsCP1254, "iso-8859-9": .windowsCP1254, "latin5": .windowsCP1254,
        "iso-8859-2": .isoLatin2, "iso8859-2": .isoLatin2, "latin2": .isoLatin2, "l2": .isoLatin2,
        "shift_jis": .shiftJIS, "shift-jis": .shiftJIS, "sjis": .shiftJIS, "ms_kanji": .shiftJIS, "windows-31j": .shiftJIS,
        "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP, "macintosh": .macOSRoman, "mac": .macOSRoman,
    ]

    /// The `charset=` value inside the first `<meta …>` tag that has one.
    private static func metaCharset(in head: String) -> Substring? {
        var rest = head[...]
        while let open = rest.range(of: "<meta") {
            let tag = rest[open.upperBound...].prefix { $0 != ">" }
            if let value = value(after: "charset", in: tag) { return value }
            rest = rest[tag.endIndex...]
        }
        return nil
    }

    /// The `encoding` of an XML declaration at the start.
    private static func xmlEncoding(in head: String) -> Substring? {
        let start = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        guard start.hasPrefix("<?xml") else { return nil }
        return value(after: "encoding", in: start.prefix { $0 != ">" })
    }

    /// The value of `name=value` (quoted or not) in `text`: what follows the first `name` that is followed
    /// by `=`, up to a quote, space, `;` or the end.
    private static func value(after name: String, in text: Substring) -> Substring? {
        var rest = text
        while let found = rest.range(of: name) {
            let after = rest[found.upperBound...].drop { $0 == " " }
            rest = rest[found.upperBound...]
            guard after.first == "=" else { continue }
            let quoted = after.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let value = quoted.prefix { !"\"' ;/>\t\n\r".contains($0) }
            if !value.isEmpty { return value }
        }
        return nil
    }
}
