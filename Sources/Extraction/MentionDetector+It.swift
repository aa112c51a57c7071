/// "It" opening a sentence, for a state or organisation acting again: "Russia sent troops to Mali. It also
/// supplied drones." Only the sentence-initial subject is read, and only before a content verb, since "it" is
/// most often about a thing or expletive ("It is not clear whether …", "It emerged that …").
extension MentionDetector {
    /// Verbs whose "it" subject is expletive or a thing, never an actor.
    static let expletiveVerbs: Set<String> = [
        "be", "seem", "appear", "emerge", "remain", "take", "mean", "come", "follow", "matter", "happen", "rain",
        "cost", "say", "sound", "look", "feel", "help", "make", "add", "include", "contain", "show", "suggest",
    ]

    /// A pronoun mention for a sentence-initial "It" followed by an actor's verb, else nil.
    func itMention(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> Mention? {
        // Only the sentence's very first word: an "It" opening a quotation is about what the speaker discusses.
        guard table.lower[i] == "it", i == range.lowerBound else { return nil }
        var j = i + 1
        while j < range.upperBound, table.isAuxiliary(j) || WordClass.adverbs.contains(table.lower[j])
            || table.upos(j) == "ADV" || WordClass.negations.contains(table.lower[j]) {
            if WordClass.beForms.contains(table.lower[j]) && !(j + 1 < range.upperBound && table.isMainVerb(j + 1, in: range)) {
                return nil  // "It is clear …", "It was the first …"
            }
            j += 1
        }
        guard j < range.upperBound, table.isMainVerb(j, in: range), !Self.expletiveVerbs.contains(table.verbLemma(j)) else { return nil }
        // "It was reported …": a passive "it" is a report, not an actor.
        if j > i + 1, WordClass.beForms.contains(table.lower[j - 1]), table.isParticiple(j) { return nil }
        return Mention(tokens: i..<(i + 1), sentence: sentence, kind: .pronoun, name: "it", aliases: [], type: .organization,
                       gazetteerKey: nil)
    }

    /// "Its chief executive, Jane Roe, said …" opening a sentence: the possessive stands for the state or organisation
    /// that the sentence before was about, and the person holds a position there. Only this shape is read: most
    /// "its" are a thing's.
    func itsRoleMention(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> Mention? {
        guard table.lower[i] == "its", i == range.lowerBound else { return nil }
        var j = i + 1
        while j < range.upperBound, j <= i + 4, table.isLowercaseContentWord(j) { j += 1 }
        guard j > i + 1, j + 1 < range.upperBound, WordClass.roleNouns.contains(table.lower[j - 1]), table.lower[j] == ",",
              table.isCapitalised(j + 1) else { return nil }
        return Mention(tokens: i..<(i + 1), sentence: sentence, kind: .pronoun, name: "it", aliases: [], type: .organization,
                       gazetteerKey: nil)
    }
}
