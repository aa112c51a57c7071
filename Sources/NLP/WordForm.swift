/// Surface-form helpers shared by the tagger, lemmatizer and parser features.
enum WordForm {
    /// The form with typographic quotes and apostrophes made ASCII, as EWT mostly writes them.
    static func normalized(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value >= 0x2018 && $0.value <= 0x201F }) else { return word }
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x201B: scalars.append("'")
            case 0x201C, 0x201D, 0x201E, 0x201F: scalars.append("\"")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A word shape: X for upper case, x for lower case, d for digits, other characters kept;
    /// runs longer than two are cut to two (so "Washington" → "Xxx"… becomes "Xxx").
    static func shape(_ word: String) -> String {
        asciiShape(word) ?? characterShape(word)
    }

    /// `shape` of any word, `Character` by `Character`.
    static func characterShape(_ word: String) -> String {
        var result = ""
        var last: Character = " "
        var run = 0
        for character in word.prefix(24) {
            let mapped: Character
            if character.isUppercase { mapped = "X" } else if character.isLowercase { mapped = "x" } else if character.isNumber {
                mapped = "d"
            } else { mapped = character }
            if mapped == last { run += 1 } else { run = 1; last = mapped }
            if run <= 2 { result.append(mapped) }
        }
        return result
    }

    /// `shape` of a pure ASCII word, byte by byte (for ASCII the `Character` case and digit tests are these
    /// byte ranges, and each byte is one `Character` unless a "\r" is there); nil for any other word.
    /// The tagger asks a shape of every token, and the `Character` path was 2% of extraction time.
    static func asciiShape(_ word: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(word.utf8.count, 24))
        var last = UInt8(ascii: " ")
        var run = 0
        for byte in word.utf8.prefix(24) {
            let mapped: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): mapped = UInt8(ascii: "X")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): mapped = UInt8(ascii: "x")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): mapped = UInt8(ascii: "d")
            case UInt8(ascii: "\r"), 0x80...: return nil
            default: mapped = byte
            }
            if mapped == last { run += 1 } else { run = 1; last = mapped }
            if run <= 2 { bytes.append(mapped) }
        }
        // A longer word is ASCII only if its 24-byte prefix is ASCII and the rest too.
        if word.utf8.count > 24, word.utf8.dropFirst(24).contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
