/// The escaping rules of every export format, one function each, so a writer never escapes by hand;
/// public so other modules (SVG titles, HTML, the extract table) can share them.
public enum FormatEscaping {
    /// XML 1.0 character data or attribute value: the five entities, and characters XML forbids
    /// (C0 controls other than tab, newline and return; U+FFFE/U+FFFF) replaced by U+FFFD.
    public static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Attribute-value normalisation would turn these into spaces; a character reference keeps them.
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                out.unicodeScalars.append("\u{FFFD}")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The body of an N-Triples / Turtle string literal (without the quotes): `\" \\ \n \r \t \b \f`
    /// as ECHARs, other controls as `\uXXXX`; everything else stays UTF-8, which both formats allow.
    public static func rdfString(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u" + hex(scalar.value, width: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One IRI path segment for a name: lower-cased when `foldCase`, space as `_`, every other byte
    /// outside `[A-Za-z0-9-.~]` (including `_` itself) percent-encoded as UTF-8. Injective, so two
    /// names share a segment only when they are equal (ignoring case when folded).
    public static func iriSegment(_ name: String, foldCase: Bool = true) -> String {
        var out = ""
        for byte in (foldCase ? name.lowercased() : name).utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "): out += "_"
            default: out += "%" + hex(UInt32(byte), width: 2)
            }
        }
        // A dot-only segment would be read as a relative path step, an empty one would vanish.
        if out.allSatisfy({ $0 == "." }) { return out.isEmpty ? "%00" : out.replacingOccurrences(of: ".", with: "%2E") }
        return out
    }

    /// An RFC 4180 CSV field: quoted when it holds a comma, quote or line break, with quotes doubled.
    public static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A Mermaid label for use inside double quotes: `"`, `#`, `<`, `>`, `&` as Mermaid entity codes
    /// and line breaks as spaces, so a label can neither end early nor inject markup.
    public static func mermaid(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "`": out += "#96;"
            case _ where scalar.properties.isWhitespace: out += " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A JSON string literal (with quotes), escaped per RFC 8259.
    public static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + hex(scalar.value, width: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Upper-case hexadecimal, zero-padded to `width` digits.
    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
