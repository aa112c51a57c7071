/// Positions whose organisation the sentence leaves to the context. Business news names the company once and then
/// introduces its people by bare titles ("The trio are chief executive A, chief financial officer B and …"), or puts
/// the employer after the name ("economist Mark Miller at HBOS Treasury Services").
extension ClauseReader {
    /// Heads of the positions that are only ever held inside an organisation (not in a state, a party or a team),
    /// so a bare "chief executive X" in an article about one company is that company's.
    static let corporateRoleHeads: Set<String> = [
        "executive", "officer", "chairman", "chairwoman", "director", "treasurer", "founder", "co-founder",
    ]

    /// "economist Mark Miller at HBOS", "chief executive Jo Bloggs of Acme": a role before the name and the
    /// employer after it; otherwise, for a corporate role with no holder in the sentence, the organisation the
    /// article has named most in the sentences up to this one.
    /// - Complexity: O(m²) for m mentions of the article (each candidate organisation checks its entity's mentions);
    /// only bare-role names reach it, a few per article.
    func contextRole(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        guard let (role, start) = bareRolePhrase(before: person, scope: scope) else { return nil }
        if let after = holderAfter(person, scope: scope) { return (role + " " + table.lower[person.end], after, start) }
        // "director Sam Mendes' film" directs films: a lone "director" or "executive" is too vague.
        let words = role.split(separator: " ")
        guard let head = words.last, Self.corporateRoleHeads.contains(String(head)),
              words.count >= 2 || !["director", "executive"].contains(head),
              let o = mainOrganization(before: person) else { return nil }
        // Another organisation in the sentence may be the employer ("… rebuilding Jarvis," said chief executive X);
        // names that carry a role phrase of their own are the people of a list.
        let other = mentions.indices.contains { m in
            scope.contains(mentions[m].start) && mentions[m].kind == .name && mentions[m].entity != mentions[o].entity
                && isOrganization(m) && bareRolePhrase(before: mentions[m], scope: scope) == nil
        }
        return other ? nil : (role + " of", o, start)
    }

    /// The lowercase role phrase right before a name, when nothing that could hold it stands before the phrase
    /// (the holder-first shapes of `roleBefore` read those).
    private func bareRolePhrase(before person: Mention, scope: Range<Int>) -> (String, Int)? {
        let end = person.start
        // "The trio are chief executive A, chief financial officer B": each name in a list has its own phrase.
        guard end - 1 >= scope.lowerBound else { return nil }
        var start = end - 1
        while start - 1 >= scope.lowerBound, end - start < 5, isBareRoleWord(start - 1) { start -= 1 }
        guard isBareRoleWord(end - 1), WordClass.roleNouns.contains(table.lower[end - 1]) else { return nil }
        // "former chief executive X" held a post once; the context cannot say which organisation's.
        let words = (start..<end).map { table.lower[$0] }
        guard !words.contains(where: { ["former", "ex", "then"].contains($0) }) else { return nil }
        let before = start - 1
        if before >= scope.lowerBound {
            if table.isPossessive(before) || mentionAt[before] != nil { return nil }
            // Only after a clause boundary, a determiner, a verb or a list comma: "Acme 's" or a stray adjective is not bare.
            guard table.isPunctuation(before) || ["the", "a", "an", "and", "are", "is", "was", "were", "as", "by", "with"]
                .contains(table.lower[before]) || table.isMainVerb(before, in: range) else { return nil }
        }
        return (words.joined(separator: " "), start)
    }

    private func isBareRoleWord(_ k: Int) -> Bool {
        mentionAt[k] == nil && table.isLowercaseContentWord(k) && !table.isMainVerb(k, in: range) && !table.isAuxiliary(k)
    }

    /// "X at HBOS" / "X of Acme" right after the name, the organisation closing its phrase.
    private func holderAfter(_ person: Mention, scope: Range<Int>) -> Int? {
        var k = person.end
        guard k + 1 < scope.upperBound, ["at", "of"].contains(table.lower[k]) else { return nil }
        k += 1
        if table.lower[k] == "the", k + 1 < scope.upperBound { k += 1 }
        guard let o = mentionAt[k], mentions[o].start == k, mentions[o].entity >= 0, isOrganization(o),
              mentions[o].end == scope.upperBound || table.isPunctuation(mentions[o].end)
                || ["said", "says", "told", "added", "warned"].contains(table.lower[mentions[o].end]) else { return nil }
        return o
    }

    /// An organisation, or an untyped name nothing marks as a person or a place.
    private func isOrganization(_ m: Int) -> Bool {
        let mention = mentions[m]
        if mention.type == .organization { return true }
        guard mention.type == .other, mention.entity >= 0 else { return false }
        // "it" may stand for a firm; "he" and a title only for a person.
        return !mentions.contains { $0.entity == mention.entity
            && ($0.type == .person || $0.title != nil || $0.kind == .pronoun && EntityResolver.gender(ofPronoun: $0.name) != nil) }
    }

    /// The organisation named most often from the article's start to `person`'s sentence (within the last three
    /// sentences at least once), the latest mention of it; nil when two tie or none is near.
    private func mainOrganization(before person: Mention) -> Int? {
        var counts: [Int: Int] = [:]
        var latest: [Int: Int] = [:]
        for (m, mention) in mentions.enumerated() where mention.start < person.start && mention.entity >= 0
            && mention.kind == .name && isOrganization(m) {
            counts[mention.entity, default: 0] += 1
            latest[mention.entity] = m
        }
        let near = counts.keys.filter { e in latest[e].map { person.sentence - mentions[$0].sentence <= 3 } ?? false }
        // A single unknown capitalised word needs a second mention to count as a firm.
        guard let best = near.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }),
              counts[best, default: 0] >= 2 || latest[best].map({ !mentions[$0].isWeak }) == true else { return nil }
        guard !near.contains(where: { $0 != best && counts[$0] == counts[best] }) else { return nil }
        return latest[best]
    }
}
