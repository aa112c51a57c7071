/// Finds the stretches of each content sentence that refer to actors: names, demonyms standing for states,
/// definite descriptions, collectives and personal pronouns.
struct MentionDetector: Sendable {
    let gazetteer: Gazetteer

    /// All mentions of `table`'s content sentences, in text order, none overlapping.
    /// - Complexity: O(n · k) for n tokens and k the longest gazetteer name.
    func mentions(in table: TokenTable, content: [Bool]) -> [Mention] {
        let sentences = table.document.sentences
        let known = capitalisedMidSentence(table, content: content)
        let titles = workTitles(table, content: content)
        var result: [Mention] = []
        for (s, range) in sentences.enumerated() where s < content.count && content[s] {
            var i = range.lowerBound
            var descriptor: (start: Int, text: String, type: EntityType?)?
            while i < range.upperBound {
                if let category = awardCategory(table, at: i, sentence: s, range: range) {
                    result.append(category)
                    descriptor = nil
                    i = category.end
                    continue
                }
                if let (mention, next) = definitePhrase(table, at: i, sentence: s, range: range) {
                    result.append(mention)
                    i = next
                    continue
                }
                if let found = descriptorBeforeName(table, at: i, range: range) {
                    descriptor = (i, found.text, found.type)
                    i = found.next
                    continue
                }
                if let person = personDescription(table, at: i, sentence: s, range: range) {
                    result.append(person)
                    descriptor = nil
                    i = person.end
                    continue
                }
                if let end = workTitleEnd(table, at: i, range: range) ?? knownTitleEnd(table, at: i, range: range, titles: titles) {
                    descriptor = nil
                    if let work = workMention(table, from: i, to: end, sentence: s, range: range) { result.append(work) }
                    i = end
                    continue
                }
                if isNameToken(table, i, range: range, known: known) {
                    let (found, next) = names(table, from: i, sentence: s, range: range)
                    var mentions = found
                    for k in mentions.indices where mentions[k].isWeak && mentions[k].tokens.count == 1 {
                        let t = mentions[k].start
                        mentions[k].isUnknownWord = known.contains(table.lower[t]) && opensAsUnknownWord(table, t, range: range)
                    }
                    if let d = descriptor, d.start < i, var first = mentions.first, first.start == i {
                        first.tokens = d.start..<first.end
                        first.aliases.append(d.text)
                        // "the regional bloc Comesa": an unknown name takes the description's type.
                        if first.gazetteerKey == nil, let type = d.type, first.type == .other || first.type == .person {
                            first.type = type
                            first.isWeak = false
                        }
                        mentions[0] = first
                    }
                    result += mentions
                    descriptor = nil
                    i = max(next, i + 1)
                    if let holder = mentions.last, holder.end == i, let role = roleDescription(table, holder: holder, range: range) {
                        result.append(role)
                        i = role.end
                    }
                    continue
                }
                if let pronoun = pronounMention(table, at: i, sentence: s) ?? itMention(table, at: i, sentence: s, range: range)
                    ?? itsRoleMention(table, at: i, sentence: s, range: range) {
                    result.append(pronoun)
                }
                descriptor = nil
                i += 1
            }
        }
        let typed = typingPerformers(typingWorks(withKindNouns(withNationalRoles(result, table: table), table: table)), table: table)
        return withLawDescriptions(withHeadMatches(typed, table: table, content: content), table: table, content: content)
    }

    /// Party words that may stand before a person's name like a nationality.
    static let partyWords: Set<String> = ["democrat", "republican", "conservative", "tory", "labour", "socialist", "communist", "green"]

    /// Capitalised qualifiers that open a sentence before a name without being part of it ("Former Labour leader X").
    static let looseQualifiers: Set<String> = ["former", "acting", "interim", "new", "then", "veteran", "senior", "ex"]

    /// Quotes, brackets and dashes that may open a sentence (all punctuation tokens).
    static let openers: Set<String> = ["\"", "“", "‘", "'", "(", "[", "-", "—", "–"]

    /// True at the first word of a sentence, or right after an opening quote, bracket or colon.
    func isSentenceInitial(_ table: TokenTable, _ i: Int, range: Range<Int>) -> Bool {
        var j = i - 1
        while j >= range.lowerBound, table.isPunctuation(j), Self.openers.contains(table.lower[j]) { j -= 1 }
        return j < range.lowerBound || table.lower[j] == ":"
    }

    /// True when token `i` can be part of a proper name.
    func isNameToken(_ table: TokenTable, _ i: Int, range: Range<Int>, known: Set<String>) -> Bool {
        // "al-Shabab", "al-Qaeda": the lowercase article opens the name.
        if ["al", "el"].contains(table.lower[i]), i + 2 < range.upperBound, table.lower[i + 1] == "-", table.isCapitalised(i + 2) {
            return true
        }
        guard table.isCapitalised(i), !table.isPunctuation(i) else { return false }
        let w = table.lower[i]
        // "mobile TV", "three Majors": a common noun alone; inside a longer name ("Mersey TV") it stays.
        if WordClass.commonCapitals.contains(w), !(i + 1 < range.upperBound && table.isCapitalised(i + 1) && !table.isPunctuation(i + 1)) {
            return false
        }
        // "US", "IT", "WHO" in capitals are names whatever the lower-case word means.
        if table.isAllCaps(i) && gazetteer.entry(named: [table.word(i)]) != nil { return true }
        if WordClass.months.contains(w) || WordClass.personalPronouns.contains(w) { return false }
        // "G20", "G7": a listed name of one letter and digits, which the two-letter rule below would drop.
        if !table.hasTwoLetters(i), table.word(i).contains(where: \.isNumber), gazetteer.entry(named: [table.word(i)]) != nil {
            return true
        }
        if isLetterBeforeHyphen(table, i, range: range) { return true }  // "T-Mobile", "X-Men"
        if table.isPluralAbbreviation(i) || !table.hasTwoLetters(i) { return false }
        if !isSentenceInitial(table, i, range: range) {
            if let tag = table.upos(i), ["PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"].contains(tag) {
                // "the All Blacks": after "the", a capitalised function word before another capital opens a name.
                return i > range.lowerBound && table.lower[i - 1] == "the" && i + 1 < range.upperBound
                    && table.isCapitalised(i + 1) && !table.isPunctuation(i + 1) && ["DET", "PRON"].contains(tag)
            }
            return !WordClass.sentenceStarters.contains(w) || table.isAllCaps(i)
        }
        if WordClass.sentenceStarters.contains(w) || table.isClosedClass(i) { return false }
        if gazetteer.entry(named: [table.word(i)]) != nil || gazetteer.country(demonym: table.word(i)) != nil { return true }
        if known.contains(table.lower[i]) || table.isAllCaps(i) { return true }
        if i + 1 < range.upperBound, known.contains(table.lower[i] + " " + table.lower[i + 1]) { return true }
        // "New Zealand beat Wales": a known name of two or three words opens here whatever the tagger says of "New".
        for length in 2...3 where i + length <= range.upperBound && gazetteer.entry(named: (i..<(i + length)).map { table.word($0) }) != nil {
            return true
        }
        if WordClass.honorifics.contains(w), i + 1 < range.upperBound, table.isCapitalised(i + 1) { return true }
        // "Liberal Democrat chief executive X", "Social Democrat leaders": a capitalised party word after it makes
        // one party name, whatever the tagger says of the first word.
        if i + 1 < range.upperBound, table.isCapitalised(i + 1), Self.partyWords.contains(table.lower[i + 1]),
           !Self.looseQualifiers.contains(w) { return true }
        if Self.partyWords.contains(w), startsRole(table, at: i + 1, range: range) { return true }  // "Tory spokesman X"
        // "Jack Straw will …", "Family Planning Association chief …": taggers often read a sentence's first
        // capitalised word as a common noun; a known given name, or a capitalised run that ends in an
        // organisation's cue word, still opens a name.
        if i + 1 < range.upperBound, table.isCapitalised(i + 1), !table.isPunctuation(i + 1),
           !Self.looseQualifiers.contains(w) {
            if gazetteer.givenNames.contains(table.word(i)) { return true }
            var j = i + 1
            while j < range.upperBound, j - i <= 5, table.isCapitalised(j), !table.isPunctuation(j) {
                if WordClass.organizationCues.contains(table.lower[j]) { return true }
                j += 1
            }
        }
        if let tag = table.upos(i) { return tag == "PROPN" }
        return i + 1 < range.upperBound && table.isCapitalised(i + 1) && !table.isPunctuation(i + 1)
    }

    /// The capitalised run from `i`: capitalised words joined through connectors and a title's dot.
    func run(_ table: TokenTable, from i: Int, range: Range<Int>) -> Range<Int> {
        var j = i + 1
        while j < range.upperBound {
            let w = table.lower[j]
            let nextIsCap = j + 1 < range.upperBound && table.isCapitalised(j + 1) && !table.isPunctuation(j + 1)
            let monthAsName = WordClass.months.contains(w) && j > i && table.isCapitalised(j - 1)
                && !(j + 1 < range.upperBound && table.lower[j + 1].first?.isNumber == true)
            if isArabicParticleName(table.word(j)) {
                j += 1  // "Abdel Fattah al-Burhan"
            } else if ["al", "el", "bin", "ibn", "abu"].contains(w), j + 2 < range.upperBound, table.lower[j + 1] == "-",
                      table.isCapitalised(j + 2) {
                j += 3  // the same, tokenised as "al - Burhan"
            } else if table.isCapitalised(j) && !table.isPunctuation(j) && (!WordClass.months.contains(w) || monthAsName)
                && (!WordClass.personalPronouns.contains(w) || table.isAllCaps(j)) && table.upos(j) != "VERB"
                && !table.isPluralAbbreviation(j) {
                j += 1
            } else if (WordClass.nameConnectors.contains(w) || w == "-") && nextIsCap && w != "the"
                        && !(["of", "for"].contains(w) && personLike(table, i, upTo: j, before: j + 1)
                             && !WordClass.titles.contains(table.lower[j + 1]))
                        && !(w == "for" && opensAnotherActor(table, run: i..<j, at: j + 1, range: range)) {
                // "Bank of America" is one name; "Nick Brul of BNP Paribas" and "President Musharraf of Pakistan"
                // are a person and another actor.
                j += 1
            } else if w == "-" && j + 2 < range.upperBound && isLowercaseWord(table.lower[j + 1]) && table.isCapitalised(j + 2)
                        && !isParticipleLike(table.lower[j + 1])
                        && ((j + 2)..<min(range.upperBound, j + 6)).contains(where: {
                            table.isCapitalised($0) && WordClass.organizationCues.contains(table.lower[$0]) }) {
                j += 2  // "European Low-fare Airlines Association": a hyphenated word inside an organisation's name
            } else if ["n't", "n’t"].contains(w) && nextIsCap && table.isCapitalised(j - 1) {
                j += 2  // "Boys Don't Cry": a negation between capitalised words is inside a title, verb or not
            } else if w == "&" && nextIsCap {
                j += 1  // "Marks & Spencer", "King & Associates": one firm
            } else if w == "the" && nextIsCap && j > i && table.lower[j - 1] == "of" {
                j += 1
            } else if w == "and" && nextIsCap && (i..<j).contains(where: { ["of", "for"].contains(table.lower[$0]) })
                        && (i..<j).contains(where: { WordClass.organizationCues.contains(table.lower[$0]) }) {
                j += 1  // "Department for Trade and Industry": one name, not two actors
            } else if w == "and" && nextIsCap && j == i + 1 && ((j + 1)..<min(range.upperBound, j + 3)).contains(where: {
                table.isCapitalised($0) && WordClass.organizationCues.contains(table.lower[$0]) }) && !standsAlone(table, i) {
                j += 1  // "Securities and Exchange Commission"; but "Fiat and General Motors", Fiat named alone elsewhere, are two
            } else if w == "and" && nextIsCap && ((j + 1)..<min(range.upperBound, j + 4)).contains(where: {
                WordClass.titles.contains(table.lower[$0]) && !WordClass.titleModifiers.contains(table.lower[$0]) })
                        && !(i..<j).contains(where: { WordClass.titles.contains(table.lower[$0]) })
                        && !(j == i + 1 && standsAlone(table, i)) {
                // "Work and Pensions Secretary Alan Smith": the title's own "and"; after a title already read
                // ("Prime Minister A and Chancellor B") the "and" joins two people.
                j += 1
            } else if w == "." && nextIsCap && WordClass.titles.contains(table.lower[j - 1]) {
                j += 1
            } else if w == "to", j + 2 < range.upperBound, table.lower[j + 1] == "the", !isSentenceInitial(table, i, range: range),
                      lawNameEnds(table, from: j + 2, range: range) {
                j += 2  // "Succession to the Crown Bill": a law's name may hold "to the" ("Changes to the X Act" opening a sentence is no name)
            } else {
                break
            }
        }
        while j > i + 1, WordClass.nameConnectors.contains(table.lower[j - 1]) || table.lower[j - 1] == "-" { j -= 1 }
        if isSequelNumber(table, at: j, after: i..<j, range: range) { j += 1 }
        return i..<j
    }

    /// The mentions a capitalised run yields, and the token after it.
    func names(_ table: TokenTable, from i: Int, sentence: Int, range: Range<Int>) -> ([Mention], Int) {
        let span = run(table, from: i, range: range)
        // "Euro 2004", "reaching Germany 2006": a name written against a year names an event, not an actor.
        if isYear(table, span.upperBound) { return ([], span.upperBound + 1) }
        let words = span.map { table.word($0) }
        let lowered = span.map { table.lower[$0] }
        let make = { (tokens: Range<Int>, name: String, type: EntityType, key: String?) in
            Mention(tokens: tokens, sentence: sentence, kind: .name, name: name, aliases: [], type: type, gazetteerKey: key)
        }
        if let entry = gazetteer.entry(named: words) {
            var mention = make(span, entry.name, entry.type, entry.key)
            mention.aliases = [table.text(span)]  // the form written here ("Ecowas"), kept as an alias
            let found = extend(table, [mention], range: range)
            return (found, max(span.upperBound, found.last?.end ?? 0))
        }
        if let dash = span.firstIndex(where: { table.lower[$0] == "-" }),
           gazetteer.entry(named: (span.lowerBound..<dash).map { table.word($0) }) != nil,
           gazetteer.entry(named: ((dash + 1)..<span.upperBound).map { table.word($0) }) != nil {
            return ([], span.upperBound)  // "Turkey-EU talks", "US-China trade": the pair qualifies a noun
        }
        if let award = awardMention(table, span, sentence: sentence, range: range) { return award }
        if let person = titledPerson(table, span, sentence: sentence) { return ([person], span.upperBound) }
        if span.count >= 3, Self.partyWords.contains(lowered[0]), gazetteer.givenNames.contains(words[1]) {
            // "Democrat John Kerry", "Tory Michael Howard": the party qualifies the person who follows.
            var person = make((i + 1)..<span.upperBound, table.text((i + 1)..<span.upperBound), .person, nil)
            person.aliases = [table.text(span)]
            return ([person], span.upperBound)
        }
        if span.count >= 2, let last = lowered.last, WordClass.lawCues.contains(last), !WordClass.eventCues.contains(lowered[0]) {
            // "the Consumer Protection Against Spyware Act", "the Kyoto Protocol": laws and treaties are what
            // actors sign, pass, break and leave, so they are nodes (untyped) where other events are not.
            return ([make(span, table.text(span), .other, nil)], span.upperBound)
        }
        if let of = lowered.firstIndex(of: "of"), of > 0, lowered[..<of].contains(where: WordClass.organizationCues.contains) {
            // "Court of Justice", "Ministry of Defence": an organisation's head noun before "of" decides, not the
            // title or event word the name ends in.
            return ([make(span, table.text(span), .organization, nil)], span.upperBound)
        }
        if let last = lowered.last, WordClass.eventCues.contains(last) || WordClass.titles.contains(last.trimmingDots),
           !endsInTitleSurname(table, span: span) {
            return ([], span.upperBound)  // "General Election", "Prime Minister": events and roles, not actors
        }
        if span.count == 1, i > range.lowerBound, ["a", "an"].contains(table.lower[i - 1]) {
            return ([], span.upperBound)  // "an MSP", "a Tory": a kind, not an individual
        }
        if let cue = span.firstIndex(where: { WordClass.organizationCues.contains(table.lower[$0]) }),
           cue + 1 < span.upperBound, gazetteer.givenNames.contains(table.word(cue + 1)) {
            // "Child Support Agency Doug Smith": the organisation, then the person it qualifies.
            let person = make((cue + 1)..<span.upperBound, table.text((cue + 1)..<span.upperBound), .person, nil)
            return ([person], span.upperBound)
        }
        if lowered.contains(where: WordClass.organizationCues.contains) {
            return ([make(span, table.text(span), .organization, nil)], span.upperBound)
        }
        if lowered.contains(where: WordClass.locationCues.contains) {
            return ([make(span, table.text(span), .location, nil)], span.upperBound)
        }
        if let demonym = demonymMention(table, at: i, sentence: sentence, range: range) {
            return ([demonym.0], demonym.1)
        }
        if span.count > 1, let country = gazetteer.country(demonym: words[0]) {
            // "Australian Lynton Crosby": the nationality qualifies the name that follows.
            let (rest, next) = names(table, from: i + 1, sentence: sentence, range: (i + 1)..<span.upperBound)
            if rest.count == 1, var person = rest.first, person.kind == .name, person.type == .person || person.type == .other {
                person.regions = [country.name]
                person.type = .person
                person.tokens = i..<person.end
                return ([person], next)
            }
        }
        if let split = splitAtGazetteer(table, span, sentence: sentence, range: range) { return (split, span.upperBound) }
        if span.count == 1, Self.partyWords.contains(lowered[0]), startsRole(table, at: span.upperBound, range: range) {
            // "Tory spokesman X": a party word before a role is the party the person speaks for.
            return ([make(span, table.text(span), .organization, nil)], span.upperBound)
        }
        if isAdjectival(table, span, range: range) { return ([], span.upperBound) }
        let placeCueFollows = span.upperBound < range.upperBound && WordClass.locationCues.contains(table.lower[span.upperBound])
        if span.count == 1, !placeCueFollows,
           gazetteer.country(demonym: words[0]) != nil || WordClass.regionAdjectives[lowered[0]] != nil
            || WordClass.peopleAdjectives.contains(lowered[0]) {
            return ([], span.upperBound)  // "the European 'menace'": a nationality word that stands for no one
        }
        let allTitleCase = span.allSatisfy { !table.isAllCaps($0) && table.word($0).first?.isLetter == true }
        if span.count >= 2 && allTitleCase {
            // A known given name makes a person; other capitalised pairs stay untyped until a title,
            // an honorific surname or a description says more.
            // A firm's or a body's word in the run outweighs the given name ("Marquis Investment Research").
            let type: EntityType = gazetteer.givenNames.contains(words[0]) && !lowered.contains(where: Self.isInstitutionWord) ? .person : .other
            return ([make(span, table.text(span), type, nil)], span.upperBound)
        }
        var mention = make(span, table.text(span), table.isAllCaps(i) && span.count == 1 ? .organization : .other, nil)
        mention.isWeak = span.count == 1 && !table.isAllCaps(i)
        mention.atSentenceStart = isSentenceInitial(table, i, range: range)
        let found = extend(table, [mention], range: range)
        return (found, max(span.upperBound, found.last?.end ?? 0))
    }

    /// Splits a run that starts with a known name ("US President Joe Biden", "Nigeria Ecowas").
    private func splitAtGazetteer(_ table: TokenTable, _ span: Range<Int>, sentence: Int, range: Range<Int>) -> [Mention]? {
        let longest = min(gazetteer.longestName, span.count - 1)
        guard longest >= 1 else { return nil }
        for length in stride(from: longest, through: 1, by: -1) {
            let head = span.lowerBound..<(span.lowerBound + length)
            guard let entry = gazetteer.entry(named: head.map { table.word($0) }) else { continue }
            let rest = head.upperBound..<span.upperBound
            if var person = titledPerson(table, rest, sentence: sentence) {
                // The leading place only qualifies the person: keep it as a fact, not as a second actor.
                person.aliases = []
                person.regions = [entry.name]
                return [person]
            }
            // "UK Coal", "China Mobile", "Air France": a place name opening a longer name is part of an
            // organisation's name, not a second actor.
            guard entry.type == .country || entry.type == .location, rest.allSatisfy({ !table.isAllCaps($0) || rest.count == 1 }) else {
                let first = Mention(tokens: head, sentence: sentence, kind: .name, name: entry.name, aliases: [],
                                    type: entry.type, gazetteerKey: entry.key)
                let (others, _) = names(table, from: rest.lowerBound, sentence: sentence, range: rest.lowerBound..<span.upperBound)
                return [first] + others
            }
            return [Mention(tokens: span, sentence: sentence, kind: .name, name: table.text(span), aliases: [],
                            type: .organization, gazetteerKey: nil)]
        }
        return nil
    }

    /// A person whose name follows a title ("General Abdourahamane Tchiani", "Industry Secretary Patricia Hewitt",
    /// "Mr Laessing"); everything up to the last title word is the title.
    private func titledPerson(_ table: TokenTable, _ span: Range<Int>, sentence: Int) -> Mention? {
        let bare = { (t: Int) in table.lower[t].trimmingDots }
        guard let lastTitle = span.dropLast().last(where: { WordClass.titles.contains(bare($0)) && !WordClass.titleModifiers.contains(bare($0)) }) else {
            return nil
        }
        var nameStart = lastTitle + 1
        // "Secretary of State for Health Alan Johnson": the title's own "of"/"for" phrase of title words.
        while nameStart + 1 < span.upperBound, ["of", "for"].contains(table.lower[nameStart]),
              WordClass.titles.contains(bare(nameStart + 1)) {
            nameStart += 2
        }
        let titleEnd = nameStart
        while nameStart < span.upperBound, table.lower[nameStart] == "." { nameStart += 1 }
        let nameSpan = nameStart..<span.upperBound
        guard !nameSpan.isEmpty,
              nameSpan.allSatisfy({ (table.isCapitalised($0) && !WordClass.titles.contains(bare($0)))
                  || WordClass.nameConnectors.contains(table.lower[$0]) || table.lower[$0] == "-" }),
              !nameSpan.contains(where: { WordClass.organizationCues.contains(table.lower[$0]) || WordClass.locationCues.contains(table.lower[$0]) }) else {
            return nil
        }
        if nameSpan.count == 1, !WordClass.honorifics.contains(bare(lastTitle)),
           WordClass.eventCues.contains(table.lower[nameStart]) || table.isAllCaps(nameStart) {
            return nil
        }
        var mention = Mention(tokens: span, sentence: sentence, kind: .name, name: table.text(nameSpan),
                              aliases: [table.text(span)], type: .person, gazetteerKey: nil,
                              title: table.text(span.lowerBound..<titleEnd))
        if let country = span.lazy.compactMap({ self.gazetteer.country(demonym: table.word($0)) ?? self.gazetteer.entry(named: [table.word($0)]) })
            .first(where: { $0.type == .country }) {
            mention.regions = [country.name]  // "Italian Prime Minister …": kept as the person's country
        }
        return mention
    }

    /// True for capitalised adjectives before a noun ("West African regional", "Islamist fighters").
    private func isAdjectival(_ table: TokenTable, _ span: Range<Int>, range: Range<Int>) -> Bool {
        guard let last = span.last else { return false }
        if let tag = table.upos(last), tag == "ADJ" { return true }
        let next = span.upperBound
        guard next < range.upperBound, !table.isCapitalised(next), !table.isPunctuation(next),
              !table.isClosedClass(next) else { return false }
        // Acronyms ("HACAN", "ASEAN") are names whatever their letters end in.
        guard !table.isAllCaps(last) else { return false }
        let w = table.lower[last]
        if ["ese", "ish", "ic", "ist"].contains(where: { w.hasSuffix($0) }) { return true }
        return !table.isVerbal(next, in: range) && ["an", "ian", "ern", "i"].contains { w.hasSuffix($0) }
    }
}
