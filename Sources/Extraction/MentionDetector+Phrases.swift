/// Mentions that are not bare names: descriptions, demonyms standing for a state, collectives, pronouns.
extension MentionDetector {
    /// Modifier words after "the" up to a noun that makes a description, collective or state reference.
    private func descriptionHead(_ table: TokenTable, after i: Int, range: Range<Int>) -> Int? {
        var j = i + 1
        while j < range.upperBound && j <= i + 5 {
            let w = table.lower[j]
            if table.isPunctuation(j) || table.isClosedClass(j) || table.isPossessive(j) { return nil }
            if WordClass.countryDescriptionHeads.contains(w) || WordClass.organizationDescriptionHeads.contains(w)
                || WordClass.groupNouns.contains(w) {
                return j
            }
            if table.isCapitalised(j) && gazetteer.country(demonym: table.word(j)) != nil { return nil }
            if table.isCapitalised(j) && !isRegionWord(w) { return nil }
            if !isRegionWord(w), table.upos(j).map({ $0 == "VERB" || $0 == "PROPN" }) ?? false { return nil }
            j += 1
        }
        return nil
    }

    private func isRegionWord(_ w: String) -> Bool { WordClass.regionWords.contains(w) }

    /// Regions named by the modifiers between "the" and the head ("West African" → Western Africa).
    private func regions(_ table: TokenTable, _ modifiers: Range<Int>) -> [String] {
        let words = modifiers.map { table.lower[$0] }
        for length in stride(from: min(2, words.count), through: 1, by: -1) {
            for start in 0...(words.count - length) {
                let key = words[start..<(start + length)].joined(separator: " ")
                if let regions = WordClass.regionAdjectives[key] { return regions }
            }
        }
        return []
    }

    /// "the West African regional bloc" directly before a name: the description only renames the name.
    func descriptorBeforeName(_ table: TokenTable, at i: Int, range: Range<Int>) -> (text: String, type: EntityType?, next: Int)? {
        guard table.lower[i] == "the", let head = descriptionHead(table, after: i, range: range),
              head + 1 < range.upperBound, table.isCapitalised(head + 1), !table.isPunctuation(head + 1) else { return nil }
        let w = table.lower[head]
        let type: EntityType? = WordClass.countryDescriptionHeads.contains(w) ? .country
            : WordClass.organizationDescriptionHeads.contains(w) ? .organization : nil
        return (table.text(i..<(head + 1)), type, head + 1)
    }

    /// A definite description, collective or possessed state noun starting at "the" in `i`.
    func definitePhrase(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> (Mention, Int)? {
        guard table.lower[i] == "the", let head = descriptionHead(table, after: i, range: range) else { return nil }
        let next = head + 1
        if next < range.upperBound, table.isCapitalised(next), !table.isPunctuation(next) { return nil }
        // "the Bank of England", "the Republic of Ireland": a capitalised head with its own "of" name is a name.
        if table.isCapitalised(head), next + 1 < range.upperBound, ["of", "for"].contains(table.lower[next]),
           table.isCapitalised(next + 1) { return nil }
        let w = table.lower[head]
        let surface = table.text(i..<next)
        var mention = Mention(tokens: i..<next, sentence: sentence, kind: .description, name: surface,
                              aliases: [surface], type: .country, gazetteerKey: nil,
                              regions: regions(table, (i + 1)..<head))
        if WordClass.groupNouns.contains(w) {
            mention.kind = .group
            mention.type = .group
            mention.name = w
            mention.aliases = [surface]
            // "the junta regime": the collective absorbs the nouns that follow it.
            var end = next
            while end < range.upperBound, !table.isPunctuation(end), !table.isClosedClass(end),
                  !table.isCapitalised(end), !table.isVerbal(end, in: range), end < next + 2 { end += 1 }
            mention.tokens = i..<end
            return (mention, end)
        }
        if WordClass.organizationDescriptionHeads.contains(w) { mention.type = .organization }
        if next < range.upperBound, table.isPossessive(next) {
            let extended = extendOverStateNoun(table, mention, from: next + 1, range: range)
            return (extended, max(next + 1, extended.end))
        }
        return (mention, next)
    }

    /// After "X's", swallows "military junta" / "army" so the state noun counts as X itself.
    private func extendOverStateNoun(_ table: TokenTable, _ mention: Mention, from start: Int, range: Range<Int>) -> Mention {
        var j = start
        while j < range.upperBound && j < start + 3 {
            if WordClass.stateNouns.contains(table.lower[j]) {
                var j = j
                while j + 1 < range.upperBound, WordClass.stateNouns.contains(table.lower[j + 1]) { j += 1 }
                if j + 1 < range.upperBound, WordClass.stateRoles.contains(table.lower[j + 1]) { j += 1 }
                var extended = mention
                extended.tokens = mention.start..<(j + 1)
                return extended
            }
            if table.isPunctuation(j) || table.isClosedClass(j) || table.isCapitalised(j) { break }
            j += 1
        }
        return mention
    }

    /// Nouns of an organisation's own bodies, which act for it: "the African Union's peace and security council".
    static let organNouns: Set<String> = ["council", "commission", "committee", "board", "assembly", "secretariat", "executive"]

    /// "the AU's peace and security council": the possessed organ stands for the organisation (up to four
    /// lowercase words, "and" between them allowed).
    private func extendOverOrgan(_ table: TokenTable, _ mention: Mention, from start: Int, range: Range<Int>) -> Mention {
        var j = start
        while j < range.upperBound, j < start + 5, !table.isCapitalised(j), !table.isPunctuation(j),
              !table.isClosedClass(j) || table.lower[j] == "and" {
            if Self.organNouns.contains(table.lower[j]) {
                var extended = mention
                extended.tokens = mention.start..<(j + 1)
                return extended
            }
            j += 1
        }
        return mention
    }

    /// A demonym that stands for its country: "the Russians", "The Nigerian government", "Russian troops".
    func demonymMention(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> (Mention, Int)? {
        guard let country = gazetteer.country(demonym: table.word(i)) else { return nil }
        let start = i > range.lowerBound && table.lower[i - 1] == "the" ? i - 1 : i
        var j = i + 1
        while j < range.upperBound && j <= i + 3 {
            let w = table.lower[j]
            if WordClass.stateNouns.contains(w) {
                // "Russian military personnel": the state nouns run on to the phrase's head.
                while j + 1 < range.upperBound, WordClass.stateNouns.contains(table.lower[j + 1]) { j += 1 }
                if j + 1 < range.upperBound, WordClass.stateRoles.contains(table.lower[j + 1]) { j += 1 }
                let surface = table.text(start..<(j + 1))
                let mention = Mention(tokens: start..<(j + 1), sentence: sentence, kind: .demonym, name: country.name,
                                      aliases: [surface, table.word(i)], type: .country, gazetteerKey: country.key)
                return (mention, j + 1)
            }
            if table.isPunctuation(j) || table.isClosedClass(j) || table.isCapitalised(j) || table.isVerbal(j, in: range) { break }
            j += 1
        }
        let next = i + 1
        // "the Pakistani city of Lahore": the demonym names the state the place is in.
        if next + 2 < range.upperBound, WordClass.locationCues.contains(table.lower[next]), table.lower[next + 1] == "of",
           table.isCapitalised(next + 2) {
            let mention = Mention(tokens: i..<next, sentence: sentence, kind: .demonym, name: country.name,
                                  aliases: [table.word(i)], type: .country, gazetteerKey: country.key)
            return (mention, next)
        }
        let followedByNoun = next < range.upperBound && !table.isPunctuation(next) && !table.isClosedClass(next)
            && !table.isVerbal(next, in: range) && !table.isCapitalised(next)
        guard table.lower[i].hasSuffix("s"), !followedByNoun,
              !country.demonyms.contains(where: { $0.lowercased() == table.lower[i] && !$0.hasSuffix("s") }) else { return nil }
        let mention = Mention(tokens: start..<next, sentence: sentence, kind: .demonym, name: country.name,
                              aliases: [table.word(i)], type: .country, gazetteerKey: country.key)
        return (mention, next)
    }

    /// "he", "she", "him", "his", "her": a person mention to be resolved to the last person. "I", "me", "my",
    /// "we", "us", "our" only inside a quotation, where they may stand for its speaker ("US" is the state).
    func pronounMention(_ table: TokenTable, at i: Int, sentence: Int) -> Mention? {
        let w = table.lower[i]
        if EntityResolver.singularFirstPerson.contains(w) || EntityResolver.pluralFirstPerson.contains(w) {
            guard !table.isAllCaps(i) || w == "i", table.document.sentences.indices.contains(sentence) else { return nil }
            let marks = table.document.sentences[sentence].lowerBound..<i
            guard marks.filter({ EntityResolver.quoteMarks.contains(table.lower[$0]) }).count % 2 == 1 else { return nil }
            return Mention(tokens: i..<(i + 1), sentence: sentence, kind: .pronoun, name: w, aliases: [],
                           type: EntityResolver.singularFirstPerson.contains(w) ? .person : .other, gazetteerKey: nil)
        }
        guard ["he", "she", "him", "his", "her"].contains(w) else { return nil }
        return Mention(tokens: i..<(i + 1), sentence: sentence, kind: .pronoun, name: table.lower[i], aliases: [],
                       type: .person, gazetteerKey: nil)
    }

    /// Grows a name mention over a following place cue ("the Sahel region") or a possessed state noun
    /// ("Niger's army"), which then stands for the named country.
    func extend(_ table: TokenTable, _ mentions: [Mention], range: Range<Int>) -> [Mention] {
        guard var last = mentions.last else { return mentions }
        var result = mentions
        let next = last.end
        if next < range.upperBound, WordClass.locationCues.contains(table.lower[next]), !table.isCapitalised(next) {
            let start = last.start > range.lowerBound && table.lower[last.start - 1] == "the" ? last.start - 1 : last.start
            last.aliases.append(table.text(start..<(next + 1)))
            last.tokens = start..<(next + 1)
            if last.gazetteerKey == nil { last.type = .location }
            last.isWeak = false
        } else if last.type == .country, next < range.upperBound, table.isPossessive(next) {
            last = extendOverStateNoun(table, last, from: next + 1, range: range)
        } else if last.type == .organization, next < range.upperBound, table.isPossessive(next) {
            last = extendOverOrgan(table, last, from: next + 1, range: range)
        }
        result[result.count - 1] = last
        return result
    }

    /// "a bid from Tottenham for Andy Reid", "support from Chile for Bolivia": after a run with no organisation
    /// word or title (which "Department for Transport", "Minister for Europe" have), a given name or a country
    /// after "for" opens the next actor. Cities stay inside ("Transport for London").
    func opensAnotherActor(_ table: TokenTable, run: Range<Int>, at next: Int, range: Range<Int>) -> Bool {
        guard !run.contains(where: { WordClass.organizationCues.contains(table.lower[$0]) || WordClass.titles.contains(table.lower[$0].trimmingDots) })
        else { return false }
        if gazetteer.givenNames.contains(table.word(next)) { return true }
        return (1...3).contains { length in
            next + length <= range.upperBound && gazetteer.entry(named: (next..<(next + length)).map { table.word($0) })?.type == .country
        }
    }
}
