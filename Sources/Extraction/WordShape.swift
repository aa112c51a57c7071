/// Case and letter facts of one token, computed once so that rules asking them again and again
/// stay cheap. Each flag equals the `Character`-based test it replaces (see `init`).
struct WordShape: OptionSet, Sendable {
    let rawValue: UInt8

    /// The first character is upper-case.
    static let capitalised = WordShape(rawValue: 1)
    /// Two or more letters, all upper-case.
    static let allCaps = WordShape(rawValue: 2)
    /// No letter and no digit.
    static let punctuation = WordShape(rawValue: 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The shape of `word`. Pure ASCII words (almost all tokens) are read byte by byte; for ASCII the
    /// `Character` properties reduce to these byte ranges. Anything else takes the `Character` path.
    /// - Complexity: O(length of the word).
    init(_ word: String) {
        var letters = 0, lowercase = 0, digits = 0
        var ascii = true
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters += 1; lowercase += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            // "\r\n" is one Character; leave it, and every non-ASCII word, to the general path.
            case UInt8(ascii: "\r"), 0x80...: ascii = false
            default: break
            }
            if !ascii { break }
        }
        var shape: WordShape = []
        if ascii {
            if let first = word.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) { shape.insert(.capitalised) }
            if letters >= 2 && lowercase == 0 { shape.insert(.allCaps) }
            if letters == 0 && digits == 0 { shape.insert(.punctuation) }
        } else {
            if word.first?.isUppercase == true { shape.insert(.capitalised) }
            let letterCharacters = word.filter(\.isLetter)
            if letterCharacters.count >= 2 && letterCharacters.allSatisfy(\.isUppercase) { shape.insert(.allCaps) }
            if !word.contains(where: { $0.isLetter || $0.isNumber }) { shape.insert(.punctuation) }
        }
        self = shape
    }
}
