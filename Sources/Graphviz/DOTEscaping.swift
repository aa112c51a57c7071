/// The one place that turns arbitrary text into DOT attribute values and back.
///
/// Graphviz 2.43 quotes values on write by turning `"` into `\"` and nothing else; its lexer
/// keeps `\\` as a pair, turns `\"` into `"` and drops backslash-newline. A value therefore
/// survives agwrite → agmemread exactly when every run of backslashes before a quote, a
/// newline or the end of the value has even length. Graphviz also interprets backslash
/// sequences in labels and tooltips (`\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`, `\r`, `\\`).
/// Doubling every backslash and spelling line breaks as `\n` satisfies both at once: the
/// stored value is write-safe, and the rendered label shows the original text. Labels also
/// get `&` → `&amp;` (Graphviz decodes XML entities in them); tooltips, which Graphviz runs
/// through its backslash pass twice, get quadrupled backslashes.
public enum DOTEscaping {
    /// The separator between the items of a list-valued attribute such as `aliases`.
    public static let listSeparator: Character = "|"

    /// `text` as a DOT data attribute value that round-trips exactly through agwrite and
    /// agmemread: `\` → `\\`, newline → `\n`, CR → `\r`, NUL → `\0`.
    /// - Complexity: O(n) in the length of `text`.
    public static func escape(_ text: String) -> String {
        replacingScalars(text) { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\0": return "\\0"
            default: return nil
            }
        }
    }

    /// The exact inverse of `escape(_:)`; other backslash sequences (`\N`, `\l`, `\|`…) become
    /// their second character, so escaped list separators come back as themselves.
    /// - Complexity: O(n) in the length of `value`.
    public static func unescape(_ value: String) -> String {
        decodeBackslashes(value) { scalar in
            switch scalar {
            case "n": return "\n"
            case "r": return "\r"
            case "0": return "\0"
            default: return String(scalar)
            }
        }
    }

    /// `value` with each `\x` replaced by `replacement(x)`; a lone trailing backslash, which
    /// `escape` never produces, is kept rather than lose text.
    private static func decodeBackslashes(_ value: String, _ replacement: (Unicode.Scalar) -> String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        var pendingBackslash = false
        for scalar in value.unicodeScalars {
            if pendingBackslash {
                pendingBackslash = false
                out += replacement(scalar)
            } else if scalar == "\\" {
                pendingBackslash = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if pendingBackslash { out += "\\" }
        return out
    }

    /// `text` as a plain (non-HTML) label value: `escape(_:)` plus `&` → `&amp;`, because
    /// Graphviz decodes XML entities in labels after its backslash pass.
    /// - Complexity: O(n) in the length of `text`.
    public static func label(_ text: String) -> String {
        escape(text).replacingAll("&", with: "&amp;")
    }

    /// The exact inverse of `label(_:)`.
    /// - Complexity: O(n) in the length of `value`.
    public static func unescapeLabel(_ value: String) -> String {
        unescape(value).replacingAll("&amp;", with: "&")
    }

    /// An attribute value (from `escape`, `label` or `tooltip`) as a double-quoted DOT string for DOT
    /// text written by hand: `"` → `\"`, as agwrite quotes. The value's backslash runs before a quote are
    /// even, so each quote stays one character and the lexer gives the value back.
    /// - Complexity: O(n) in the length of `value`.
    public static func quoted(_ value: String) -> String {
        "\"" + value.replacingAll("\"", with: "\\\"") + "\""
    }

    /// `text` as a tooltip value. Graphviz 2.43 runs its backslash pass over tooltips twice
    /// (measured: `\\\\` shows as `\`, `\\N` as the node name), so backslashes are
    /// quadrupled; `&` → `&amp;` and newline → `\n` as in labels.
    /// - Complexity: O(n) in the length of `text`.
    public static func tooltip(_ text: String) -> String {
        replacingScalars(text) { scalar in
            switch scalar {
            case "\\": return "\\\\\\\\"
            case "&": return "&amp;"
            case "\n", "\r": return "\\n"
            case "\0": return ""
            default: return nil
            }
        }
    }

    /// `text` with each scalar for which `replacement` returns a string replaced by it.
    private static func replacingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                out += replaced
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text of a label written by another tool: `\N` becomes `nodeName`, `\n`, `\l` and `\r`
    /// become line breaks, `\\` a backslash, then XML entities are decoded, as Graphviz does.
    /// - Complexity: O(n) in the length of `label`.
    public static func labelText(_ label: String, nodeName: String) -> String {
        let text = decodeBackslashes(label) { scalar in
            switch scalar {
            case "N": return nodeName
            case "n", "l", "r": return "\n"
            default: return String(scalar)
            }
        }
        return decodeEntities(text).trimmingTrailingNewlines()
    }

    /// Plain text of an HTML-like label (`<b>Niger</b>` → `Niger`): tags dropped, `<br/>`
    /// read as a line break, entities decoded.
    /// - Complexity: O(n) in the length of `html`.
    public static func htmlLabelText(_ html: String) -> String {
        var out = ""
        var tag = ""
        var inTag = false
        for character in html {
            if inTag {
                if character == ">" {
                    inTag = false
                    if tag.lowercased().hasPrefix("br") { out += "\n" }
                    tag = ""
                } else {
                    tag.append(character)
                }
            } else if character == "<" {
                inTag = true
            } else {
                out.append(character)
            }
        }
        return decodeEntities(out).trimmingTrailingNewlines()
    }

    /// `text` with the XML entities and numeric character references Graphviz knows decoded
    /// in one left-to-right pass; anything else after `&` is kept as written.
    /// - Complexity: O(n) in the length of `text`.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            let window = rest[afterAmp...].prefix(12)
            if let semicolon = window.firstIndex(of: ";"),
               let decoded = decodeEntity(String(rest[afterAmp..<semicolon])) {
                out += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                out += "&"
                rest = rest[afterAmp...]
            }
        }
        out += rest
        return out
    }

    /// `items` as one list value: each item escaped, `|` inside an item written `\|`, an
    /// empty item written `\_` (so `[""]` differs from `[]`), items joined by `|`.
    /// - Complexity: O(n) in the total length of `items`.
    public static func joinList(_ items: [String]) -> String {
        items.map { item in
            item.isEmpty ? emptyItem : escape(item).replacingAll(String(listSeparator), with: "\\" + String(listSeparator))
        }.joined(separator: String(listSeparator))
    }

    /// The inverse of `joinList(_:)`: splits at unescaped `|` and unescapes each item.
    /// - Complexity: O(n) in the length of `value`.
    public static func splitList(_ value: String) -> [String] {
        if value.isEmpty { return [] }
        var items: [String] = []
        var current = ""
        var pendingBackslash = false
        for character in value {
            if pendingBackslash {
                current.append("\\")
                current.append(character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else if character == listSeparator {
                items.append(current == emptyItem ? "" : unescape(current))
                current = ""
            } else {
                current.append(character)
            }
        }
        if pendingBackslash { current.append("\\") }
        items.append(current == emptyItem ? "" : unescape(current))
        return items
    }

    /// How `joinList` spells an empty item; `escape` never produces it for other text.
    private static let emptyItem = "\\_"

    private static func decodeEntity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default: break
        }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code: UInt32?
        if digits.first == "x" || digits.first == "X" {
            code = UInt32(digits.dropFirst(), radix: 16)
        } else {
            code = UInt32(digits, radix: 10)
        }
        guard let code, let scalar = Unicode.Scalar(code) else { return nil }
        return String(Character(scalar))
    }
}

fileprivate extension String {
    /// The string with every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}
