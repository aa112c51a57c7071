import Foundation

/// Known countries, cities and organisations, looked up by the exact token sequence of a name.
///
/// Lookup keys are the names' words joined by a space; case is kept for all-capital short forms
/// ("WHO", "US", "IS") so that ordinary words never match them, and folded otherwise.
public struct Gazetteer: Sendable {
    /// Every entry, in file order.
    public let entries: [GazetteerEntry]
    private var byName: [String: Int] = [:]
    private var byDemonym: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    /// The most words any name has; bounds the longest-match search.
    public private(set) var longestName = 1
    /// Given names ("Ulf", "Amina"): a capitalised pair starting with one names a person.
    public let givenNames: Set<String>
    /// The sex ("m" or "f") that nearly always bears a given name, where one does ("Carolyn" f, "Quentin" m).
    public let givenNameSexes: [String: Character]

    /// Builds lookup tables over `entries`; an earlier entry keeps a name claimed twice.
    /// - Complexity: O(n) in the total number of names.
    public init(entries: [GazetteerEntry], givenNames: Set<String> = [], givenNameSexes: [String: Character] = [:]) {
        self.entries = entries
        self.givenNames = givenNames
        self.givenNameSexes = givenNameSexes
        for (index, entry) in entries.enumerated() {
            byKey[entry.key] = index
            for name in [entry.name] + entry.aliases {
                let key = Gazetteer.lookupKey(name)
                if byName[key] == nil { byName[key] = index }
                longestName = max(longestName, key.split(separator: " ").count)
            }
            for demonym in entry.demonyms where byDemonym[Gazetteer.lookupKey(demonym)] == nil {
                byDemonym[Gazetteer.lookupKey(demonym)] = index
            }
        }
    }

    /// The entry named exactly by `words` (a name split into tokens), if any.
    public func entry(named words: [String]) -> GazetteerEntry? {
        byName[Gazetteer.lookupKey(words.joined(separator: " "))].map { entries[$0] }
    }

    /// The entry named by `name` (a plain string), if any.
    public func entry(named name: String) -> GazetteerEntry? {
        byName[Gazetteer.lookupKey(name)].map { entries[$0] }
    }

    /// The country whose demonym is `word` ("Nigerian" → Nigeria, "Nigerien" → Niger).
    public func country(demonym word: String) -> GazetteerEntry? {
        byDemonym[Gazetteer.lookupKey(word)].map { entries[$0] }
    }

    /// The entry with stable key `key`.
    public func entry(key: String) -> GazetteerEntry? { byKey[key].map { entries[$0] } }

    /// Folds case except for short all-capital forms, and normalises curly apostrophes and spacing
    /// around hyphens so that "Congo - Kinshasa" and "Congo-Kinshasa" meet.
    static func lookupKey(_ name: String) -> String {
        asciiLookupKey(name) ?? generalLookupKey(name)
    }

    /// `lookupKey` for any name, through Foundation's searches.
    static func generalLookupKey(_ name: String) -> String {
        let cleaned = name.replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: " - ", with: "-")
            .replacingOccurrences(of: " . ", with: ". ")
        let letters = cleaned.filter(\.isLetter)
        let isShortCaps = !letters.isEmpty && letters.count <= 5 && letters.allSatisfy(\.isUppercase)
        return isShortCaps ? cleaned : cleaned.lowercased()
    }

    /// `lookupKey` for the common case, a pure ASCII name with no spaced hyphen or dot, where the cleaning
    /// changes nothing and letters and case are byte ranges; nil for every other name. Look-ups run several
    /// times per token, and the Foundation searches of the general path were most of their cost.
    static func asciiLookupKey(_ name: String) -> String? {
        var letters = 0, lowercase = 0
        var (twoBack, oneBack): (UInt8, UInt8) = (0, 0)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): letters += 1; lowercase += 1
            case UInt8(ascii: "\r"), 0x80...: return nil
            case UInt8(ascii: " ") where twoBack == UInt8(ascii: " ")
                && (oneBack == UInt8(ascii: "-") || oneBack == UInt8(ascii: ".")): return nil
            default: break
            }
            (twoBack, oneBack) = (oneBack, byte)
        }
        let isShortCaps = letters >= 1 && letters <= 5 && lowercase == 0
        return isShortCaps ? name : name.lowercased()
    }
}
