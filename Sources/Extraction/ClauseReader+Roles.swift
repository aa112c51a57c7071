/// Positions people hold, read from the noun phrases news prose wraps around a name. Reporters introduce
/// almost every person by role and organisation, so these are the commonest links between people and the
/// organisations and states they speak for.
extension ClauseReader {
    /// "UKIP leader Roger Knapman", "Nigeria's President Bola Tinubu", "Sir Digby Jones, CBI director general,",
    /// "Andrew Hogg, spokesman for the Medical Foundation", "The chairman of the Bar Council, Guy Mansfield":
    /// person —role of→ organisation.
    /// - Complexity: O(m) for m mentions in the sentence; each shape looks at a few tokens around the name.
    func roles(scope: Range<Int>, source: String?) -> [Statement] {
        var result: [Statement] = []
        for (index, person) in mentions.enumerated()
        where person.kind == .name && person.entity >= 0 && scope.contains(person.start) && person.end <= scope.upperBound
            && isPersonLike(person) {
            let found = [roleBefore(person, scope: scope) ?? contextRole(person, scope: scope), roleAfter(person, scope: scope), roleOfBefore(person, scope: scope),
                         fromAfter(person, scope: scope), possessedRoleBefore(person, scope: scope)]
            for case let (relation, organization, start)? in found where mentions[organization].entity != person.entity
                && !isNationality(relation, of: mentions[organization]) {
                result.append(Statement(subject: index, relation: relation, object: organization,
                                        surface: table.text(min(start, person.start)..<max(person.end, mentions[organization].end)),
                                        confidence: 0.7, negated: false, position: person.start, source: source,
                                        isDescription: true))
            }
        }
        return result
    }

    /// "US lawyer Jamie Firestone": a profession beside a country gives a nationality, not a position.
    private func isNationality(_ relation: String, of holder: Mention) -> Bool {
        holder.type == .country && relation.split(separator: " ").contains { WordClass.professionNouns.contains(String($0)) }
    }

    private func isPersonLike(_ mention: Mention) -> Bool {
        mention.type == .person || (mention.type == .other && mention.tokens.count >= 2 && !mention.isWeak)
    }

    /// An organisation or state that can hold positions. An unknown single capitalised word is weak evidence of
    /// a name, except right before or after a role phrase ("Unilever finance director").
    private func isHolder(_ mention: Mention, besideRole: Bool = true) -> Bool {
        mention.entity >= 0 && [.organization, .country, .other].contains(mention.type) && (besideRole || !mention.isWeak)
    }

    /// Lowercase words that can make up a role phrase: content words only.
    private func isRoleWord(_ k: Int) -> Bool {
        mentionAt[k] == nil && table.isLowercaseContentWord(k) && !table.isMainVerb(k, in: range) && !table.isAuxiliary(k)
    }

    /// "and" between two role words ("president and chief executive").
    private func isRoleJoin(_ k: Int, within scope: Range<Int>) -> Bool {
        table.lower[k] == "and" && k - 1 >= scope.lowerBound && k + 1 < scope.upperBound && isRoleWord(k - 1) && isRoleWord(k + 1)
    }

    /// The role phrase ending just before `end` (at most five words, its last a role noun), as (words, start).
    private func rolePhrase(endingBefore end: Int, from lower: Int) -> (String, Int)? {
        var last = end - 1
        // "Wasps director of rugby Warren Gatland": the role noun's own "of" and one lowercase word.
        if last - 2 >= lower, isRoleWord(last), table.lower[last - 1] == "of", WordClass.roleNouns.contains(table.lower[last - 2]) {
            last -= 2
        }
        guard last >= lower, WordClass.roleNouns.contains(table.lower[last]), isRoleWord(last) else { return nil }
        var start = last
        while start - 1 >= lower, last + 1 - (start - 1) <= 5,
              isRoleWord(start - 1) || isRoleJoin(start - 1, within: lower..<end) { start -= 1 }
        return ((start..<end).map { table.lower[$0] }.joined(separator: " "), start)
    }

    /// The role phrase starting at `start` (at most five words, its last a role noun), as (words, end).
    private func rolePhrase(startingAt start: Int, scope: Range<Int>) -> (String, Int)? {
        var end = start, lastRole = -1
        while end < scope.upperBound, end - start < 5, isRoleWord(end) || end > start && isRoleJoin(end, within: scope) {
            if WordClass.roleNouns.contains(table.lower[end]) { lastRole = end }
            end += 1
        }
        guard lastRole >= 0 else { return nil }
        return ((start...lastRole).map { table.lower[$0] }.joined(separator: " "), lastRole + 1)
    }

    /// The role a person's own title names ("President" in "Nigeria's President Bola Tinubu"), if it is one.
    private func titleRole(_ person: Mention) -> String? {
        guard let title = person.title?.lowercased() else { return nil }
        let words = title.split(separator: " ").map(String.init).filter { !WordClass.honorifics.contains($0) }
        guard let last = words.last, WordClass.roleNouns.contains(last) || WordClass.titles.contains(last),
              person.start < range.upperBound, table.lower[person.start] == words.first else { return nil }
        return words.joined(separator: " ")
    }

    /// "UKIP leader Roger Knapman", "Family Planning Association chief executive, Anne Weyman", "Nigeria's
    /// President Bola Tinubu": the organisation, then the role, then the name.
    private func roleBefore(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        var end = person.start
        var role: String, start: Int, besideRole = true
        if let own = titleRole(person) {
            (role, start, besideRole) = (own, person.start, false)
        } else {
            if end - 1 > scope.lowerBound, table.lower[end - 1] == "," { end -= 1 }
            guard let phrase = rolePhrase(endingBefore: end, from: scope.lowerBound) else { return nil }
            (role, start) = phrase
        }
        var k = start - 1
        if k >= scope.lowerBound, table.isPossessive(k) { k -= 1 }
        guard k >= scope.lowerBound, let o = mentionAt[k], mentions[o].end == k + 1,
              isHolder(mentions[o], besideRole: besideRole) else { return nil }
        // "Richard and Judy executive producer X": a name after "and" is likely the tail of a longer name.
        if mentions[o].start - 1 >= scope.lowerBound, ["and", "&", "or"].contains(table.lower[mentions[o].start - 1]) { return nil }
        // "former WorldCom chief Bernie Ebbers": the position is no longer held, and the relation says so.
        let before = mentions[o].start - 1
        if before >= scope.lowerBound, ["former", "ex"].contains(table.lower[before]), !role.hasPrefix("former") {
            return ("former " + role + " of", o, before)
        }
        return (role + " of", o, mentions[o].start)
    }

    /// "Sir Digby Jones, CBI director general," and "Andrew Hogg, spokesman for the Medical Foundation": the
    /// name, a comma, then the organisation and role, or the role and the organisation.
    private func roleAfter(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        let comma = person.end
        guard comma + 2 < scope.upperBound, table.lower[comma] == "," else { return nil }
        if let o = mentionAt[comma + 1], mentions[o].start == comma + 1, isHolder(mentions[o]),
           let (role, end) = rolePhrase(startingAt: mentions[o].end, scope: scope),
           end == scope.upperBound || [",", ")", ".", ";", "-", "–", "—"].contains(table.lower[end]) {
            return (role + " of", o, comma + 1)
        }
        guard let (role, end) = rolePhrase(startingAt: comma + 1, scope: scope), end + 1 < scope.upperBound,
              ["of", "at", "for"].contains(table.lower[end]) else { return nil }
        var k = end + 1
        if WordClass.determiners.contains(table.lower[k]), k + 1 < scope.upperBound { k += 1 }
        // "head of UK equities for Standard Life": a name that qualifies a noun is not the holder.
        guard let o = mentionAt[k], mentions[o].start == k, isHolder(mentions[o]), !isModifier(o, scope: scope),
              !(mentions[o].end < scope.upperBound && table.isPossessive(mentions[o].end)) else { return nil }
        return (role + " " + table.lower[end], o, comma + 1)
    }

    /// "The chairman of the Bar Council, Guy Mansfield": the role of the organisation, a comma, then the name.
    private func roleOfBefore(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        let comma = person.start - 1
        guard comma - 3 >= scope.lowerBound, table.lower[comma] == ",", let o = mentionAt[comma - 1],
              mentions[o].end == comma, isHolder(mentions[o]) else { return nil }
        var of = mentions[o].start - 1
        if of > scope.lowerBound, WordClass.determiners.contains(table.lower[of]) { of -= 1 }
        guard of > scope.lowerBound, ["of", "at"].contains(table.lower[of]),
              let (role, start) = rolePhrase(endingBefore: of, from: scope.lowerBound) else { return nil }
        // The phrase must open its clause: "… met the chairman of X, Y" names Y, but "… said the chairman of X, Y …"
        // could list; only a sentence start, a determiner or a comma before the role is safe.
        let before = start - 1
        guard before < scope.lowerBound || ["the", "a", "an", ","].contains(table.lower[before]) else { return nil }
        if before >= scope.lowerBound, table.lower[before] != ",", before - 1 >= scope.lowerBound,
           !(table.lower[before - 1] == "," || before - 1 < scope.lowerBound) { return nil }
        return (role + " " + table.lower[of], o, start)
    }

    /// "Dana Reyes, from the Lisbon Trade Council, said …": the aside names where the person speaks from;
    /// "said Mark Miller, at HBOS Treasury Services." where the person works (an organisation only: "X, at
    /// Wembley" is a place).
    private func fromAfter(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        let comma = person.end
        guard comma + 2 < scope.upperBound, table.lower[comma] == ",", ["from", "at"].contains(table.lower[comma + 1]) else { return nil }
        let preposition = table.lower[comma + 1]
        var k = comma + 2
        if WordClass.determiners.contains(table.lower[k]), k + 1 < scope.upperBound { k += 1 }
        guard let o = mentionAt[k], mentions[o].start == k, isHolder(mentions[o], besideRole: false),
              preposition == "from" || [.organization, .other].contains(mentions[o].type),
              mentions[o].end == scope.upperBound || [",", ")", ";", "-", "–", "—"].contains(table.lower[mentions[o].end])
                || preposition == "at" && table.lower[mentions[o].end] == "." else { return nil }
        return (preposition, o, comma + 1)
    }

    /// "Acme Trust argued … Its director general, Jane Roe, said …": "its" (resolved by `itsRoleMention`) with a
    /// role and the name in apposition is a position there.
    private func possessedRoleBefore(_ person: Mention, scope: Range<Int>) -> (String, Int, Int)? {
        let comma = person.start - 1
        guard comma - 2 >= scope.lowerBound, table.lower[comma] == ",",
              let (role, start) = rolePhrase(endingBefore: comma, from: scope.lowerBound), start - 1 >= scope.lowerBound,
              table.lower[start - 1] == "its", start - 1 == scope.lowerBound || table.lower[start - 2] == "," else { return nil }
        guard let o = mentionAt[start - 1], mentions[o].entity >= 0 else { return nil }
        return (role + " of", o, start - 1)
    }
}
