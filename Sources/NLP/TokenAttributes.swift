/// Hashed surface attributes of one token, computed once per sentence for the tagger's features.
struct TokenAttributes {
    var word: UInt64
    var lower: UInt64
    var shape: UInt64
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var flags: UInt64
    /// The hashed set of tags the word had in training, or 0 for a rare word.
    var ambiguity: UInt64

    /// Padding before the first and after the last token.
    static func padding(_ marker: UInt64) -> TokenAttributes {
        TokenAttributes(word: marker, lower: marker, shape: marker, prefixes: (marker, marker, marker, marker),
                        suffixes: (marker, marker, marker, marker), flags: marker, ambiguity: marker)
    }

    /// The attributes of `word`, looking its ambiguity class up in `ambiguities` (keyed by the lowercase hash).
    static func of(_ word: String, ambiguities: [UInt64: UInt64]) -> TokenAttributes {
        let form = WordForm.normalized(word)
        let lowered = form.lowercased()
        let characters = Array(lowered)
        func affix(_ length: Int, fromEnd: Bool) -> UInt64 {
            guard characters.count >= length else { return 1 }
            let slice = fromEnd ? characters[(characters.count - length)...] : characters[..<length]
            return FeatureHash.string(String(slice))
        }
        var flags: UInt64 = 0
        if form.contains("-") { flags |= 1 }
        if form.contains(where: { $0.isNumber }) { flags |= 2 }
        if form.first?.isUppercase == true { flags |= 4 }
        if form.allSatisfy({ !$0.isLowercase }) && form.contains(where: { $0.isUppercase }) { flags |= 8 }
        if form.contains(where: { $0.isLetter }) == false { flags |= 16 }
        if form.contains(".") { flags |= 32 }
        let lower = FeatureHash.string(lowered)
        return TokenAttributes(
            word: FeatureHash.string(form), lower: lower, shape: FeatureHash.string(WordForm.shape(form)),
            prefixes: (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false), affix(4, fromEnd: false)),
            suffixes: (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true)),
            flags: flags &+ 7, ambiguity: ambiguities[lower] ?? 0)
    }
}
