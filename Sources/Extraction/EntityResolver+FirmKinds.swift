/// Which of the firms named so far a company description can mean, by what its head word says of it.
extension EntityResolver {
    /// Words in a firm's name that mark it as the kind a description's head names. A newspaper or a
    /// broadcaster is nearly always named by such a word, and the description means it: when none was
    /// named, "told the newspaper" means a paper the article never named, not its most named firm.
    static let firmKindWords: [String: (words: Set<String>, required: Bool)] = [
        "newspaper": (["times", "telegraph", "guardian", "post", "mail", "herald", "journal", "news", "mirror", "express",
                       "independent", "observer", "gazette", "tribune", "chronicle", "standard", "sun", "record", "today",
                       "daily", "weekly", "economist", "monde", "figaro", "zeitung", "welt", "pravda", "izvestia"], true),
        "broadcaster": (["bbc", "itv", "cnn", "channel", "radio", "tv", "television", "broadcasting", "sky", "nbc", "cbs",
                         "abc", "fox", "rte", "s4c", "five", "jazeera"], true),
        "airline": (["air", "aer", "airline", "airlines", "airways", "aviation", "jet", "ryanair", "easyjet"], false),
        "bank": (["bank", "banking", "bancorp", "banco", "banque"], false),
        "carmaker": (["motor", "motors", "auto", "automotive", "cars"], false),
    ]

    /// Names a company description never means: a political party is not "the firm" nor "the newspaper".
    static func isPartyName(_ words: [String]) -> Bool {
        words.contains("party") || words.count <= 2 && words.contains { MentionDetector.partyWords.contains($0) || partyPlurals.contains($0) }
    }

    /// Parties named by their members' plural ("the Tories", "Liberal Democrats").
    private static let partyPlurals: Set<String> = ["tories", "conservatives", "democrats", "republicans", "socialists", "greens"]

    /// The firms among `pool` that a description headed by `head` can mean: no party; for a head with
    /// kind words, those whose name has one, and when none has, the rest unless the kind requires them.
    func firms(_ pool: [Int], describedBy head: String, in mentions: [Mention]) -> [Int] {
        let words = { (c: Int) in mentions[c].name.lowercased().split { $0 == " " || $0 == "-" }.map(String.init) }
        let firms = pool.filter { !Self.isPartyName(words($0)) }
        guard let kind = Self.firmKindWords[head] else { return firms }
        let marked = firms.filter { words($0).contains { kind.words.contains($0) } }
        return marked.isEmpty && !kind.required ? firms : marked
    }
}
