/// "Chinese leader Xi Jinping", "Nigerian army chief Christopher Musa": a nationality and a lowercase role in
/// front of a name describe the person, as a capitalised title does ("Russian President Vladimir Putin").
extension MentionDetector {
    /// `mentions` with each name that follows [demonym][role words] extended over them: the role becomes the
    /// title and the demonym's country the person's region, so "Chinese" is neither an actor of its own nor
    /// part of a verb's relation ("met Chinese leader X" is a meeting with X).
    /// - Complexity: O(m) for m mentions; each looks back at most four tokens.
    func withNationalRoles(_ mentions: [Mention], table: TokenTable) -> [Mention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            guard mention.kind == .name, mention.title == nil, mention.type == .person || mention.type == .other,
                  table.document.sentences.indices.contains(mention.sentence) else { continue }
            let sentence = table.document.sentences[mention.sentence]
            let floor = max(sentence.lowerBound, index > 0 ? result[index - 1].end : sentence.lowerBound)
            let roleEnd = mention.start
            guard roleEnd - 1 > floor, WordClass.roleNouns.contains(table.lower[roleEnd - 1]) else { continue }
            var roleStart = roleEnd - 1
            while roleStart - 1 > floor, roleEnd - roleStart < 3, table.isLowercaseContentWord(roleStart - 1) { roleStart -= 1 }
            guard (roleStart..<roleEnd).allSatisfy({ table.isLowercaseContentWord($0) }) else { continue }
            let demonym = roleStart - 1
            guard demonym >= floor, table.isCapitalised(demonym), let country = gazetteer.country(demonym: table.word(demonym)) else {
                continue
            }
            var person = mention
            person.tokens = demonym..<mention.end
            person.title = table.text(roleStart..<roleEnd)
            person.regions = [country.name]
            person.type = .person
            person.isWeak = false
            person.aliases.append(table.text(person.tokens))
            result[index] = person
        }
        return result
    }

    /// Words between "the" and a holder's name that qualify the role after it ("the former Labour leader").
    static let roleQualifiers: Set<String> = ["former", "outgoing", "incoming", "new", "acting", "interim", "current", "veteran"]

    /// Team positions that describe a player as a role describes an official ("the Wasps flanker").
    static let positionNouns: Set<String> = [
        "flanker", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "playmaker",
        "fly-half", "scrum-half", "full-back", "centre-back", "hooker", "lock", "prop", "forward", "batsman", "bowler",
    ]

    /// "the Wasps flanker", "the former Labour leader", "the Amnesty secretary-general": "the" [qualifiers]
    /// `holder` [role words] with no name after them describes a person by a position in the holder. The role
    /// words become a person description (resolved like "he") whose title is the role; the holder stays its
    /// own mention. Nil when the holder is a person or place, or a name follows ("the Labour leader Tony Blair").
    func roleDescription(_ table: TokenTable, holder: Mention, range: Range<Int>) -> Mention? {
        guard holder.kind == .name, [.organization, .country, .group, .other].contains(holder.type) else { return nil }
        var before = holder.start - 1
        while before >= range.lowerBound, holder.start - before <= 2, Self.roleQualifiers.contains(table.lower[before]) { before -= 1 }
        guard before >= range.lowerBound, table.lower[before] == "the" else { return nil }
        var end = holder.end
        while end < range.upperBound, end < holder.end + 3, !table.isCapitalised(end),
              WordClass.roleNouns.contains(table.lower[end]) || Self.positionNouns.contains(table.lower[end]) { end += 1 }
        guard end > holder.end, end == range.upperBound || !table.isCapitalised(end) || table.isPunctuation(end) else { return nil }
        // "the BBC correspondent's …" is still the person; "the Labour member states" is no role at all.
        if end < range.upperBound, table.isLowercaseContentWord(end), table.upos(end) == "NOUN" { return nil }
        let qualifiers = ((before + 1)..<holder.start).map { table.lower[$0] }
        let role = (holder.end..<end).map { table.lower[$0] }
        let surface = table.text(before..<end)
        return Mention(tokens: holder.end..<end, sentence: holder.sentence, kind: .description, name: surface,
                       aliases: [surface], type: .person, gazetteerKey: nil, title: (qualifiers + role).joined(separator: " "))
    }

    /// Lowercase kind nouns that complete a name before them: "the Wagner group", "the Hamas militants".
    static let kindNouns: [String: EntityType] = [
        "group": .organization, "movement": .organization, "militia": .group, "party": .organization,
        "network": .organization, "organisation": .organization, "organization": .organization,
        "alliance": .organization, "coalition": .organization, "bloc": .organization, "rebels": .group,
        "militants": .group, "fighters": .group,
    ]

    /// `mentions` with a kind noun right after an organisation's or unknown name taken into the mention, so the
    /// phrase ends where the name's phrase ends ("The Wagner group, which …, has fought …").
    /// - Complexity: O(m) for m mentions.
    func withKindNouns(_ mentions: [Mention], table: TokenTable) -> [Mention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            let next = mention.end
            guard mention.kind == .name, [.organization, .group, .other].contains(mention.type),
                  table.document.sentences.indices.contains(mention.sentence),
                  next < table.document.sentences[mention.sentence].upperBound,
                  index + 1 >= result.count || result[index + 1].start > next,
                  let kind = Self.kindNouns[table.lower[next]], !table.isCapitalised(next) else { continue }
            result[index].tokens = mention.start..<(next + 1)
            if mention.type == .other, mention.gazetteerKey == nil {
                result[index].type = kind
                result[index].isWeak = false
            }
        }
        return result
    }

    /// True when lowercase words from `start` end in a role noun and a capitalised name follows ("spokesman
    /// Simon …", "health spokesman Paul …").
    func startsRole(_ table: TokenTable, at start: Int, range: Range<Int>) -> Bool {
        var j = start
        while j < range.upperBound, j < start + 3, table.isLowercaseContentWord(j) {
            if WordClass.roleNouns.contains(table.lower[j]), j + 1 < range.upperBound, table.isCapitalised(j + 1) { return true }
            j += 1
        }
        return false
    }
}
