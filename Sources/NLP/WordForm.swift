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
}
