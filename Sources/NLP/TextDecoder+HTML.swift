/// Reduces an HTML page to its readable text: drops scripts, styles, navigation and other
/// page furniture, turns block elements into paragraph breaks and decodes character entities.
enum HTMLText {
    /// True if the text starts (after whitespace) with a doctype or an <html>/<head> tag, or with
    /// a tag and closes a paragraph or division early on (a page fragment).
    static func looksLikeHTML(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }), scalars[first] == "<" else {
            return false
        }
        if hasPrefix(scalars, first, "<!doctype html") || hasPrefix(scalars, first, "<html")
            || hasPrefix(scalars, first, "<head")
        {
            return true
        }
        let window = min(scalars.count, first + 4000)
        return (first..<window).contains { scalars[$0] == "<" && (hasPrefix(scalars, $0, "</p>") || hasPrefix(scalars, $0, "</div>")) }
    }

    /// Elements whose whole content is dropped.
    static let droppedElements: Set<String> = [
        "script", "style", "nav", "noscript", "svg", "head", "iframe", "template", "aside", "footer",
        "form", "button", "select", "canvas", "object",
    ]

    /// Elements that start a new paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article",
        "section", "blockquote", "title", "header", "main", "figure", "figcaption", "dl", "dt", "dd",
        "pre", "hr", "body", "html",
    ]

    /// The text of an HTML page.
    /// - Complexity: O(n) in the number of scalars.
    static func extractText(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = TextBuilder()
        var i = 0
        while i < s.count {
            let value = s[i].value
            if value == 0x3C {  // <
                i = skipMarkup(s, i, into: &out)
            } else if value == 0x26, let (scalar, end) = entity(s, i) {  // &
                out.append(scalar)
                i = end
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return out.finish()
    }

    /// Handles the tag, comment or declaration at `i`; returns the index after it.
    private static func skipMarkup(_ s: [Unicode.Scalar], _ i: Int, into out: inout TextBuilder) -> Int {
        if hasPrefix(s, i, "<!--") { return endOf(s, after: i + 4, "-->") }
        var j = i + 1
        let closing = j < s.count && s[j] == "/"
        if closing { j += 1 }
        let nameStart = j
        while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { j += 1 }
        guard j > nameStart || (j < s.count && (s[j] == "!" || s[j] == "?")) else {
            out.append(s[i])  // a bare "<" in text
            return i + 1
        }
        let name = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
        let tagEnd = endOfTag(s, j)
        if !closing && droppedElements.contains(name) {
            return endOfTag(s, endOf(s, after: tagEnd, "</" + name))
        }
        if name == "br" {
            out.lineBreak(1)
        } else if blockElements.contains(name) || name == "td" || name == "th" {
            out.lineBreak(name == "td" || name == "th" ? 1 : 2)
        }
        return tagEnd
    }

    /// The index after the ">" that closes the tag whose name ends at `j`, honouring quotes.
    private static func endOfTag(_ s: [Unicode.Scalar], _ j: Int) -> Int {
        var k = j
        var quote: Unicode.Scalar?
        while k < s.count {
            let scalar = s[k]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return k + 1
            }
            k += 1
        }
        return s.count
    }

    /// The index after the first `marker` at or after `start` (case-insensitive), or the end.
    private static func endOf(_ s: [Unicode.Scalar], after start: Int, _ marker: String) -> Int {
        let first = marker.unicodeScalars.first ?? "<"
        var k = start
        while k < s.count {
            if s[k] == first && hasPrefix(s, k, marker) { return k + marker.unicodeScalars.count }
            k += 1
        }
        return s.count
    }

    /// Decodes the character reference at `i` ("&amp;", "&#8217;", "&#x2019;").
    private static func entity(_ s: [Unicode.Scalar], _ i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        while j < s.count && j - i <= 10 && s[j] != ";" && !s[j].properties.isWhitespace { j += 1 }
        guard j < s.count, s[j] == ";", j > i + 1 else { return nil }
        let body = String(String.UnicodeScalarView(s[(i + 1)..<j]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let code = value, let scalar = Unicode.Scalar(code), code != 0 else { return nil }
            return (scalar, j + 1)
        }
        guard let code = namedEntities[body], let scalar = Unicode.Scalar(code) else { return nil }
        return (scalar, j + 1)
    }

    static let namedEntities: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ndash": 0x2013,
        "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D,
        "hellip": 0x2026, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "euro": 0x20AC, "pound": 0xA3,
        "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "agrave": 0xE0, "ocirc": 0xF4, "ccedil": 0xE7,
        "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4, "iuml": 0xEF, "szlig": 0xDF, "bull": 0x2022,
        "middot": 0xB7, "laquo": 0xAB, "raquo": 0xBB, "deg": 0xB0, "times": 0xD7,
    ]

    static func hasPrefix(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
        var k = i
        for expected in prefix.unicodeScalars {
            guard k < s.count else { return false }
            var value = s[k].value
            if value >= 0x41 && value <= 0x5A { value |= 0x20 }
            if value != expected.value { return false }
            k += 1
        }
        return true
    }
}
