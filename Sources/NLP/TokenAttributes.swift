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
        var attributes = asciiAttributes(word) ?? characterAttributes(WordForm.normalized(word))
        attributes.ambiguity = ambiguities[attributes.lower] ?? 0
        return attributes
    }

    /// The attributes of `form`, `Character` by `Character` (ambiguity left 0).
    static func characterAttributes(_ form: String) -> TokenAttributes {
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
        return TokenAttributes(
            word: FeatureHash.string(form), lower: FeatureHash.string(lowered), shape: FeatureHash.string(WordForm.shape(form)),
            prefixes: (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false), affix(4, fromEnd: false)),
            suffixes: (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true)),
            flags: flags &+ 7, ambiguity: 0)
    }

    /// `characterAttributes` of a pure ASCII word without "\r", byte by byte (then every byte is one
    /// `Character`, needs no quote normalising, and the case, digit and letter tests are byte ranges);
    /// nil for any other word. Hashes are FNV-1a over the same bytes as the `String` path.
    static func asciiAttributes(_ word: String) -> TokenAttributes? {
        var utf8 = word
        var attributes = utf8.withUTF8 { bytes -> TokenAttributes? in
            var lowerHash = FeatureHash.Running(), wordHash = FeatureHash.Running()
            var hasUpper = false, hasLower = false, hasDigit = false, hasLetter = false, hasHyphen = false, hasDot = false
            for byte in bytes {
                guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
                let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                hasUpper = hasUpper || isUpper
                hasLower = hasLower || isLower
                hasLetter = hasLetter || isUpper || isLower
                hasDigit = hasDigit || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                hasHyphen = hasHyphen || byte == UInt8(ascii: "-")
                hasDot = hasDot || byte == UInt8(ascii: ".")
                wordHash.add(byte)
                lowerHash.add(isUpper ? byte | 0x20 : byte)
            }
            let count = bytes.count
            func affix(_ length: Int, fromEnd: Bool) -> UInt64 {
                guard count >= length else { return 1 }
                var hash = FeatureHash.Running()
                for index in (fromEnd ? count - length : 0)..<(fromEnd ? count : length) {
                    let byte = bytes[index]
                    hash.add(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                }
                return hash.value
            }
            var flags: UInt64 = 0
            if hasHyphen { flags |= 1 }
            if hasDigit { flags |= 2 }
            if let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") { flags |= 4 }
            if !hasLower && hasUpper { flags |= 8 }
            if !hasLetter { flags |= 16 }
            if hasDot { flags |= 32 }
            return TokenAttributes(
                word: wordHash.value, lower: lowerHash.value, shape: 0,
                prefixes: (affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false), affix(4, fromEnd: false)),
                suffixes: (affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true), affix(4, fromEnd: true)),
                flags: flags &+ 7, ambiguity: 0)
        }
        attributes?.shape = FeatureHash.string(WordForm.shape(word))
        return attributes
    }
}
