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
    /// Two or more letters.
    static let twoLetters = WordShape(rawValue: 8)
    /// Two or more capitals, then one or two lower-case letters and nothing else ("MPs", "MSc").
    static let pluralAbbreviation = WordShape(rawValue: 16)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The shape of `word`. Pure ASCII words (almost all tokens) are read byte by byte; for ASCII the
    /// `Character` properties reduce to these byte ranges. Anything else takes the `Character` path.
    /// - Complexity: O(length of the word).
    init(_ word: String) {
        let upper = UInt8(ascii: "A")...UInt8(ascii: "Z"), lower = UInt8(ascii: "a")...UInt8(ascii: "z")
        var letters = 0, lowercase = 0, digits = 0
        var ascii = true
        for byte in word.utf8 {
            switch byte {
            case upper: letters += 1
            case lower: letters += 1; lowercase += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            // "\r\n" is one Character; leave it, and every non-ASCII word, to the general path.
            case UInt8(ascii: "\r"), 0x80...: ascii = false
            default: break
            }
            if !ascii { break }
        }
        var shape: WordShape = []
        if ascii {
            if let first = word.utf8.first, upper.contains(first) { shape.insert(.capitalised) }
            if letters >= 2 && lowercase == 0 { shape.insert(.allCaps) }
            if letters == 0 && digits == 0 { shape.insert(.punctuation) }
            if letters >= 2 { shape.insert(.twoLetters) }
            let capitals = word.utf8.prefix { upper.contains($0) }.count
            let rest = word.utf8.dropFirst(capitals)
            if capitals >= 2 && (1...2).contains(rest.count) && rest.allSatisfy({ lower.contains($0) }) {
                shape.insert(.pluralAbbreviation)
            }
        } else {
            if word.first?.isUppercase == true { shape.insert(.capitalised) }
            let letterCharacters = word.filter(\.isLetter)
            if letterCharacters.count >= 2 && letterCharacters.allSatisfy(\.isUppercase) { shape.insert(.allCaps) }
            if !word.contains(where: { $0.isLetter || $0.isNumber }) { shape.insert(.punctuation) }
            if letterCharacters.count >= 2 { shape.insert(.twoLetters) }
            let capitals = word.prefix { $0.isUppercase }
            let rest = word.dropFirst(capitals.count)
            if capitals.count >= 2 && (1...2).contains(rest.count) && rest.allSatisfy(\.isLowercase) {
                shape.insert(.pluralAbbreviation)
            }
        }
        self = shape
    }
}
