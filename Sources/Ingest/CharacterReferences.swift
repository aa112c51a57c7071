/// Decodes HTML/XML character references: numeric (`&#8217;`, `&#x2019;`) and the named ones news pages use.
enum CharacterReferences {
    /// `text` with every known reference replaced; unknown or malformed ones stay as written.
    /// - Complexity: O(n) in the length of `text`.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, next) = reference(scalars, at: index) {
                out.append(contentsOf: decoded)
                index = next
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// The reference starting at `start` ("&") and the index after it; the `;` may be missing, as browsers allow.
    private static func reference(_ s: [Unicode.Scalar], at start: Int) -> ([Unicode.Scalar], Int)? {
        var index = start + 1
        let limit = min(s.count, start + 40)
        if index < limit, s[index] == "#" {
            index += 1
            let hex = index < limit && (s[index] == "x" || s[index] == "X")
            if hex { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < limit, let digit = Character(s[index]).hexDigitValue, hex || digit < 10 {
                value = min(value &* (hex ? 16 : 10) &+ UInt32(digit), 0x110000)
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < s.count, s[index] == ";" { index += 1 }
            // Browsers read C1 numbers as Windows-1252, which is what the page's author meant.
            if (0x80..<0xA0).contains(value) { return ([ByteText.windows1252(UInt8(value))], index) }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return (["\u{FFFD}"], index) }
            return ([scalar], index)
        }
        var name = ""
        while index < limit, s[index].isASCII, s[index].properties.isAlphabetic || ("0"..."9").contains(s[index]) {
            name.unicodeScalars.append(s[index])
            index += 1
        }
        guard let value = named[name] else { return nil }
        if index < s.count, s[index] == ";" { index += 1 } else if !legacy.contains(name) { return nil }
        return (value.unicodeScalars.map { $0 }, index)
    }

    /// The few names browsers accept without a semicolon.
    private static let legacy: Set<String> = ["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "thinsp": "\u{2009}", "zwnj": "\u{200C}", "zwj": "\u{200D}", "shy": "\u{AD}", "ndash": "–", "mdash": "—", "minus": "−",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "hellip": "…", "bull": "•", "middot": "·", "prime": "′", "Prime": "″", "dagger": "†",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "frac12": "½",
        "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "para": "¶", "sect": "§", "cent": "¢",
        "pound": "£", "euro": "€", "yen": "¥", "curren": "¤", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù",
        "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â",
        "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "ntilde": "ñ", "ograve": "ò", "oacute": "ó",
        "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü",
        "yacute": "ý", "yuml": "ÿ", "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž",
        "Ccaron": "Č", "ccaron": "č", "scedil": "ş", "Scedil": "Ş", "gbreve": "ğ", "inodot": "ı", "Idot": "İ",
    ]
}
