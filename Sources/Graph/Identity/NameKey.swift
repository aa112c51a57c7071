/// The normalised spellings that identity keys are made of.
///
/// Only differences that never change who is meant are folded: case, dots, curly apostrophes,
/// hyphens and spacing, a leading "the", a possessive "'s", and the -isation/-ization spelling.
/// Person names also lose honorifics and middle initials ("Mr George W. Bush" → "george bush").
enum NameKey {
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor"]
    /// Small words that an acronym skips ("Organisation of the Petroleum Exporting Countries").
    static let acronymSkips: Set<String> = ["of", "the", "and", "for", "&", "de", "in", "on"]

    /// The words of `name`, folded: lower case, no dots, straight apostrophes, hyphens as spaces.
    // Works on Unicode scalars, not Characters: comparing Characters with literals normalises every one, and
    // this runs for every actor record of every merge (it was 40% of `build --triples` on a million rows).
    // The folded characters are all single scalars, so the result is the same.
    static func words(_ name: String) -> [String] {
        var words = asciiWords(name) ?? scalarWords(name)
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        if var last = words.last, last.hasSuffix("'s"), last.count > 2 {
            last.removeLast(2)
            words[words.count - 1] = last
        }
        return words.map(respell)
    }

    /// `name` lowercased and cut into words at separators, with dots dropped and apostrophes straightened.
    static func scalarWords(_ name: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in name.lowercased().unicodeScalars {
            switch scalar.value {
            case 0x2E: continue                                             // "."
            case 0x2019, 0x2018, 0x60: current.append("'")                  // ’ ‘ `
            case 0x2D, 0x2013, 0x2014, 0x5F, 0x20, 0x09, 0x0A:              // - – — _ space tab newline
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
            default: current.append(scalar)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// `scalarWords` for an ASCII name (nil for any other), on its bytes: most names are
    /// ASCII, and building each word a scalar at a time was most of what this costs. For ASCII,
    /// lowercasing maps A-Z alone and each byte is one scalar, so the words are the same.
    static func asciiWords(_ name: String) -> [String]? {
        var name = name
        return name.withUTF8 { utf8 -> [String]? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = [], current: [UInt8] = []
            current.reserveCapacity(utf8.count)
            for byte in utf8 {
                switch byte {
                case 0x2E: continue                                             // "."
                case 0x60: current.append(0x27)                                 // ` as '
                case 0x2D, 0x5F, 0x20, 0x09, 0x0A:                              // - _ space tab newline
                    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                    current.removeAll(keepingCapacity: true)
                case 0x41...0x5A: current.append(byte | 0x20)                   // A-Z
                default: current.append(byte)
                }
            }
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            return words
        }
    }

    /// One spelling for words news writes two ways.
    private static func respell(_ word: String) -> String {
        switch word {
        case "organisation": return "organization"
        case "organisations": return "organizations"
        default: return word
        }
    }

    /// The plain key of a name: its folded words joined by single spaces.
    static func plain(_ name: String) -> String { words(name).joined(separator: " ") }

    /// A person's words without honorifics and single-letter middle initials.
    static func personWords(_ name: String) -> [String] {
        var words = words(name)
        while words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
        guard words.count > 2 else { return words }
        let middle = words[1..<(words.count - 1)].filter { $0.count > 1 }
        return [words[0]] + middle + [words[words.count - 1]]
    }

    /// True when some word of `name` (other than a leading "the") starts with a capital letter or a
    /// digit: a proper name, not a description such as "the regional body" or "junta".
    static func isProper(_ name: String) -> Bool {
        asciiIsProper(name) ?? characterIsProper(name)
    }

    /// `isProper` by Characters, for any name.
    static func characterIsProper(_ name: String) -> Bool {
        var words = name.split(separator: " ")
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words.contains { word in
            guard let first = word.first else { return false }
            return first.isUppercase || first.isNumber
        }
    }

    /// `isProper` of an ASCII name (nil for any other) on its bytes: an ASCII byte is one Character,
    /// upper case only for A-Z and a number only for 0-9, and words split at spaces alike.
    static func asciiIsProper(_ name: String) -> Bool? {
        var name = name
        return name.withUTF8 { utf8 -> Bool? in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            // Word starts, as `split(separator:)` gives them (empty words dropped).
            var starts: [Int] = []
            for index in utf8.indices where utf8[index] != 0x20 && (index == 0 || utf8[index - 1] == 0x20) { starts.append(index) }
            if starts.count > 1 {
                let end = utf8[starts[0]...].firstIndex(of: 0x20) ?? utf8.count
                if end - starts[0] == 3, utf8[starts[0]] | 0x20 == 0x74, utf8[starts[0] + 1] | 0x20 == 0x68,
                   utf8[starts[0] + 2] | 0x20 == 0x65 { starts.removeFirst() }                                 // "the"
            }
            return starts.contains { (0x41...0x5A).contains(utf8[$0]) || (0x30...0x39).contains(utf8[$0]) }
        }
    }

    /// True when `short` is written in capitals and spells the initials of `long`'s words
    /// ("WHO" for "World Health Organization", "ECOWAS" for "Economic Community of West African States").
    static func isAcronym(_ short: String, of long: String) -> Bool {
        let letters = short.filter { $0 != "." }
        guard letters.count >= 2, letters.count <= 8, letters.allSatisfy({ $0.isUppercase || $0.isNumber }) else { return false }
        let words = long.split(whereSeparator: { $0 == " " || $0 == "-" })
        // Acronyms either skip the small words ("WHO") or keep them ("ECOWAS": Community *of* West).
        for initials in [words.filter { !acronymSkips.contains($0.lowercased()) }.compactMap(\.first), words.compactMap(\.first)]
        where initials.count == letters.count && initials.count >= 2 {
            if zip(initials, letters).allSatisfy({ $0.uppercased() == String($1) }) { return true }
        }
        return false
    }
}
