/// "the prime minister", "the Spanish singer", "the 28-year-old", "her husband": descriptions of one person that
/// name no holder. They become person descriptions whose `cue` is the role, age or spouse noun; the resolver
/// gives them only to the single person the article introduced with those words, so a guess is never made.
extension MentionDetector {
    /// Spouse and partner nouns, of which a person has one at a time ("her husband"); "his son" may be any son.
    static let spouseNouns: Set<String> = [
        "wife", "husband", "widow", "widower", "boyfriend", "girlfriend", "fiancee", "fiance", "fiancée", "fiancé",
    ]

    /// Words before a description that make it say who someone is rather than refer back.
    private static let introducers: Set<String> = [
        ",", "(", "-", "–", "—", ":", "is", "was", "are", "were", "be", "been", "being", "became", "becomes", "become", "as",
    ]

    /// The person description starting at `i` ("the", "her"/"his", or a possessive "'s"), or nil.
    func personDescription(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> Mention? {
        // "Jane Roe, the prime minister, said" and "Harlin - the director behind …": an apposition introduces the
        // person; "Ruud is the best striker" says what someone is. Neither refers back.
        if i > range.lowerBound, Self.introducers.contains(table.lower[i - 1]) { return nil }
        let w = table.lower[i]
        let found: (cue: [String], end: Int)?
        if w == "his" || w == "her" {
            found = i + 1 < range.upperBound && Self.spouseNouns.contains(table.lower[i + 1]) ? ([table.lower[i + 1]], i + 2) : nil
        } else if table.isPossessive(i), i > range.lowerBound {
            // "the company's chief executive", "the show's director", "Madonna's husband". After a comma the phrase
            // is an apposition that introduces ("Anna Varga, Harrow Bank's chief economist,"), as above.
            var opening = i - 1
            while opening > range.lowerBound, table.isCapitalised(opening - 1) || table.lower[opening - 1] == "the" { opening -= 1 }
            found = opening > range.lowerBound && Self.introducers.contains(table.lower[opening - 1])
                ? nil : roleWords(table, from: i + 1, range: range)
        } else if w == "the", i + 1 < range.upperBound {
            var j = i + 1
            // "the Spanish singer": the nationality is not part of the role the person was introduced with.
            if table.isCapitalised(j), !table.isPunctuation(j), gazetteer.country(demonym: table.word(j)) != nil { j += 1 }
            if let age = Self.ageWord(table, at: j, range: range) {
                var end = age.end
                // "the 28-year-old striker": the age says more than the position.
                while end < range.upperBound, end < age.end + 2, table.isLowercaseContentWord(end),
                      Self.isPersonNoun(table.lower[end]) { end += 1 }
                found = ([age.word], end)
            } else {
                found = roleWords(table, from: j, range: range)
            }
        } else {
            found = nil
        }
        guard let (cue, end) = found, let first = cue.first else { return nil }
        // "summoned the British ambassador": a nationality's envoy is that state's agent, read by the object rules
        // ("summon ambassador of United Kingdom"), and is seldom named in the article.
        if w == "the", cue.contains(where: ClauseReader.envoyNouns.contains), gazetteer.country(demonym: table.word(i + 1)) != nil {
            return nil
        }
        if end < range.upperBound {
            let next = end
            // A name after it is the person introduced ("the singer Madonna", "her husband, Guy Ritchie").
            if table.isCapitalised(next) && !table.isPunctuation(next) { return nil }
            if table.lower[next] == ",", next + 1 < range.upperBound, table.isCapitalised(next + 1), !table.isPunctuation(next + 1) {
                return nil
            }
            // "the director of the museum" may be anyone's director; a noun after the role makes it a modifier.
            if ["of", "at", "for"].contains(table.lower[next]), !first.hasSuffix("year-old"), !Self.spouseNouns.contains(first) {
                return nil
            }
            if table.isLowercaseContentWord(next), table.upos(next) == "NOUN" { return nil }
        }
        let surface = table.text(i..<end)
        var mention = Mention(tokens: i..<end, sentence: sentence, kind: .description, name: surface, aliases: [],
                              type: .person, gazetteerKey: nil)
        mention.cue = cue
        return mention
    }

    /// One to three lower-case words from `j` whose last is a role, position, performer or spouse noun
    /// ("prime minister", "chief executive", "singer").
    private func roleWords(_ table: TokenTable, from j: Int, range: Range<Int>) -> (cue: [String], end: Int)? {
        var k = j
        while k < range.upperBound, k < j + 3, table.isLowercaseContentWord(k), table.upos(k) != "VERB",
              !Self.roleQualifiers.contains(table.lower[k]) { k += 1 }
        while k > j, !Self.isPersonNoun(table.lower[k - 1]), !Self.spouseNouns.contains(table.lower[k - 1]) { k -= 1 }
        guard k > j else { return nil }
        return ((j..<k).map { table.lower[$0] }, k)
    }

    /// Role, position and performer nouns that describe one person.
    static func isPersonNoun(_ word: String) -> Bool {
        WordClass.roleNouns.contains(word) || positionNouns.contains(word) || performerNouns.contains(word)
            && !word.hasSuffix("s")
    }

    /// "28-year-old" as one token or as "28 - year - old": the age phrase normalised, and the index after it.
    static func ageWord(_ table: TokenTable, at j: Int, range: Range<Int>) -> (word: String, end: Int)? {
        guard j < range.upperBound else { return nil }
        let w = table.lower[j]
        if w.hasSuffix("-year-old"), w.dropLast(9).allSatisfy(\.isNumber), w.count > 9 { return (w, j + 1) }
        guard w.allSatisfy(\.isNumber), j + 4 < range.upperBound, table.lower[j + 1] == "-",
              table.lower[j + 2] == "year", table.lower[j + 3] == "-", table.lower[j + 4] == "old" else { return nil }
        return (w + "-year-old", j + 5)
    }
}
