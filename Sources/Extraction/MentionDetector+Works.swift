/// Titles of films, albums, shows and books: capitalised like names, but naming no actor.
extension MentionDetector {
    /// Small words a title may hold between its capitalised words ("Secrets and Lies", "Body & Soul").
    private static let titleConnectors: Set<String> = ["of", "the", "and", "&", "in", "a", "an", "on", "to", "for"]
    private static let quotes: Set<String> = ["\"", "“", "‘", "'"]
    /// Split-off endings inside a title ("You Know You 're Right").
    private static let clitics: Set<String> = ["'re", "’re", "'s", "’s", "'ll", "’ll", "n't", "n’t", "'m", "’m", "'ve", "’ve", "'d", "’d"]

    /// Word sequences (lower-cased) that `table` announces as work titles anywhere, so that the same words
    /// elsewhere ("National Treasure, which …" after "the film National Treasure") are titles too. Titles of
    /// one word are left out: "West" or "Chicago" may still name an actor elsewhere in the article.
    /// - Complexity: O(n) for n tokens.
    func workTitles(_ table: TokenTable, content: [Bool]) -> [String: [[String]]] {
        var titles: [String: [[String]]] = [:]
        for (s, range) in table.document.sentences.enumerated() where s < content.count && content[s] {
            var i = range.lowerBound
            while i < range.upperBound {
                guard let end = workTitleEnd(table, at: i, range: range) else { i += 1; continue }
                var words = (i..<end).map { table.lower[$0] }
                while let last = words.last, last.first?.isLetter != true && last.first?.isNumber != true { words.removeLast() }
                if let first = words.first, words.count >= 2, !(titles[first]?.contains(words) ?? false) {
                    titles[first, default: []].append(words)
                }
                i = end
            }
        }
        return titles
    }

    /// The token after a known title (see `workTitles`) written from `i` as a whole capitalised run; nil otherwise.
    func knownTitleEnd(_ table: TokenTable, at i: Int, range: Range<Int>, titles: [String: [[String]]]) -> Int? {
        guard table.isCapitalised(i), let candidates = titles[table.lower[i]] else { return nil }
        for words in candidates where i + words.count <= range.upperBound {
            let end = i + words.count
            guard zip(i..<end, words).allSatisfy({ table.lower[$0] == $1 }) else { continue }
            if end < range.upperBound, table.isCapitalised(end), !table.isPunctuation(end) { continue }
            return end
        }
        return nil
    }

    /// The token after the work title that starts at `i`, when a work noun announces it ("the film Being Julia",
    /// "TV programme Number 73 and Motormouth") or describes it right after ("Small Island, Levy's fourth
    /// novel, …"); nil otherwise.
    /// - Complexity: O(length of the title).
    func workTitleEnd(_ table: TokenTable, at i: Int, range: Range<Int>) -> Int? {
        // "In Mr Peston's book Mr Brown is alleged …", "the Today programme Mr Johnson …": a person or a
        // place after the noun is the clause's next actor, not a title.
        guard table.isCapitalised(i), !table.isPunctuation(i), !startsActorName(table, i),
              !WordClass.titles.contains(table.lower[i].trimmingDots) else { return nil }
        var j = i - 1
        // An opening quote may stand between the noun and its title; a dash may not ("his album - West began").
        while j >= range.lowerBound, Self.quotes.contains(table.lower[j]) { j -= 1 }
        let announced = j >= range.lowerBound && (isWorkNoun(table, j) || isYearPossessive(table, j, range: range))
            || performedIn(table, before: i, range: range)
        guard announced || (j < range.lowerBound || !table.isCapitalised(j)) else { return nil }
        var end = i + 1
        while end < range.upperBound {
            let word = table.lower[end]
            if (table.isCapitalised(end) && !table.isPunctuation(end)) || word.first?.isNumber == true {
                end += 1
            } else if Self.titleConnectors.contains(word) || Self.clitics.contains(word), end + 1 < range.upperBound,
                      table.isCapitalised(end + 1), !table.isPunctuation(end + 1), !startsActorName(table, end + 1),
                      // "… in November", "… on Sunday": a date (months holds the weekdays too) is no part of it.
                      !WordClass.months.contains(table.lower[end + 1]) {
                end += 1
            } else {
                break
            }
        }
        // A possessive inside the run is its maker's ("IBM's Workplace software"): the name starts after it.
        if !announced, end < range.upperBound, Self.productHeads.contains(table.lower[end]), !table.isCapitalised(end),
           !(i..<end).contains(where: { table.isPossessive($0) || table.lower[$0] == "’s" }),
           gazetteer.entry(named: (i..<end).map { table.word($0) }) == nil {
            return end + 1  // "IBM's Workplace software": the product noun is part of the name
        }
        guard announced || describedAsWork(table, after: end, range: range) || namesShowOfPerson(table, i..<end, range: range)
        else { return nil }
        // The closing quote of a quoted title belongs to it.
        if end < range.upperBound, j < i - 1, table.isPunctuation(end), ["\"", "”", "’", "'"].contains(table.lower[end]) {
            end += 1
        }
        return end
    }

    /// Lower-case nouns after a capitalised run that make it a product's name ("Workplace software", "Xbox console").
    private static let productHeads: Set<String> = ["software", "console", "consoles", "browser", "sitcom"]
    /// Words of acting before "in": the capitalised "The …" run after is the work acted in ("playing Y in The Grifters").
    private static let performingCues: Set<String> = [
        "role", "roles", "cameo", "starring", "starred", "stars", "played", "playing", "appeared", "appearing", "appearance", "debut",
    ]

    /// "a cameo in Postcards From The Edge", "playing Myra Langtry in The Grifters": a run opened by "The" or of two or
    /// more words, after "in" that follows a word of acting at most eight tokens back, with no stop between; places
    /// ("starred in The Hague", "played in Paris") are excluded by the caller's name checks and the gazetteer.
    private func performedIn(_ table: TokenTable, before i: Int, range: Range<Int>) -> Bool {
        guard i - 1 > range.lowerBound, table.lower[i - 1] == "in", i + 1 < range.upperBound,
              table.lower[i] == "the" || table.isCapitalised(i + 1) && !table.isPunctuation(i + 1),
              !WordClass.months.contains(table.lower[i]) else { return false }
        var run = i + 1
        while run < range.upperBound, table.isCapitalised(run), !table.isPunctuation(run) { run += 1 }
        // "his role in Bernardo Bertolucci's Last Tango": a name with a possessive is the work's maker, not its title.
        if run < range.upperBound, table.isPossessive(run) { return false }
        for length in 1...max(1, min(3, run - i)) where gazetteer.entry(named: (i..<(i + length)).map { table.word($0) }) != nil {
            return false
        }
        var k = i - 2
        while k >= range.lowerBound, k >= i - 9 {
            if [".", ";", ":", "-", ",", "(", "\""].contains(table.lower[k]) { return false }
            if Self.performingCues.contains(table.lower[k]) { return true }
            k -= 1
        }
        return false
    }

    /// "Little Britain star Matt Lucas": a run of two or more words, neither a known name nor opened by one, before a
    /// noun for a show's people and a capitalised name. One word ("Hollywood star X", "Chelsea star Y") is too
    /// often a place or a club.
    private func namesShowOfPerson(_ table: TokenTable, _ run: Range<Int>, range: Range<Int>) -> Bool {
        let end = run.upperBound
        guard run.count >= 2, end + 1 < range.upperBound, DependencyReader.showPeopleNouns.contains(table.lower[end]),
              table.isCapitalised(end + 1), !table.isPunctuation(end + 1),
              gazetteer.entry(named: run.map { table.word($0) }) == nil else { return false }
        // "And British actor Clive Owen": a conjunction or a nationality in the run makes it no title.
        return !table.isClosedClass(run.lowerBound)
            && !run.contains { gazetteer.givenNames.contains(table.word($0)) || gazetteer.country(demonym: table.word($0)) != nil }
    }

    /// True when a comma after `end` opens a short description ending in a work noun: ", Levy's fourth novel,".
    private func describedAsWork(_ table: TokenTable, after end: Int, range: Range<Int>) -> Bool {
        guard end < range.upperBound, table.lower[end] == "," else { return false }
        var k = end + 1
        while k < range.upperBound, k <= end + 6 {
            if isWorkNoun(table, k) {
                // ", Levy's fourth novel,", ", Mendes' film debut,": the work noun or one noun after it ends the phrase.
                let next = k + 1 < range.upperBound && table.upos(k + 1) == "NOUN" && !table.isCapitalised(k + 1) ? k + 2 : k + 1
                return next == range.upperBound || table.isPunctuation(next)
            }
            // Only the work noun's own modifiers may come between ("Levy's fourth"): no verb, no preposition
            // ("Mel Gibson, star of the film,": the film is not what the name names).
            if table.isPunctuation(k) || ["VERB", "AUX", "ADP", "SCONJ", "CCONJ"].contains(table.upos(k) ?? "") { return false }
            k += 1
        }
        return false
    }

    /// "1999's American Beauty": a year's possessive before a capitalised run dates a work; people, firms and
    /// states are not written so.
    private func isYearPossessive(_ table: TokenTable, _ j: Int, range: Range<Int>) -> Bool {
        guard ["'s", "’s"].contains(table.lower[j]), j > range.lowerBound else { return false }
        let year = table.lower[j - 1]
        return year.count == 4 && year.allSatisfy(\.isNumber) && (year.hasPrefix("19") || year.hasPrefix("20"))
    }

    /// Work nouns that are no verb or adjective however tagged.
    private static let neverVerbWorkNouns: Set<String> = ["flick", "comedy", "drama", "thriller", "sitcom", "biopic", "blockbuster", "novel", "movie"]

    /// A work noun used as a noun: "Polls show Labour ahead" and "a single European currency" announce no title.
    private func isWorkNoun(_ table: TokenTable, _ j: Int) -> Bool {
        guard WordClass.workNouns.contains(table.lower[j]) else { return false }
        // "1991 gangster flick Bugsy": taggers read some of these as verbs before a name; they are never verbs in news.
        if Self.neverVerbWorkNouns.contains(table.lower[j]) { return true }
        if let tag = table.upos(j) { return tag == "NOUN" }
        return WordClass.unambiguousWorkNouns.contains(table.lower[j])
    }

    /// "… and Mike Leigh", "… and France": a known given name or place after a connector starts an actor, not more title.
    private func startsActorName(_ table: TokenTable, _ i: Int) -> Bool {
        gazetteer.givenNames.contains(table.word(i)) || gazetteer.entry(named: [table.word(i)]) != nil
    }

    /// The mention of the work title `i..<end` found by `workTitleEnd` or `knownTitleEnd`: a node typed `.work`,
    /// since films, games and books are what people star in, write and win prizes with. The noun announcing it
    /// is part of the mention ("the film Being Julia"), so that a parse headed on either word finds the title.
    func workMention(_ table: TokenTable, from i: Int, to end: Int, sentence: Int, range: Range<Int>) -> Mention? {
        var nameEnd = end
        while nameEnd > i, !(table.lower[nameEnd - 1].first.map { $0.isLetter || $0.isNumber } ?? false) { nameEnd -= 1 }
        guard nameEnd > i else { return nil }
        var j = i - 1
        while j >= range.lowerBound, Self.quotes.contains(table.lower[j]) { j -= 1 }
        let start = j >= range.lowerBound && isWorkNoun(table, j) ? j : i
        return Mention(tokens: start..<end, sentence: sentence, kind: .name, name: table.text(i..<nameEnd), aliases: [],
                       type: .work, gazetteerKey: nil)
    }

    /// Nouns for people of the arts and shows; an untyped name right after one is a person ("actress Annette Bening").
    static let performerNouns: Set<String> = [
        "actor", "actress", "actors", "actresses", "comic", "comics", "comedian", "singer", "rapper", "presenter",
        "novelist", "playwright", "film-maker", "filmmaker", "musician", "star", "co-star",
    ]

    /// Untyped names after a performer noun typed as people, so that "she" and "he" may stand for them.
    func typingPerformers(_ mentions: [Mention], table: TokenTable) -> [Mention] {
        mentions.map { m in
            guard m.kind == .name, m.type == .other, m.gazetteerKey == nil else { return m }
            // The noun may be inside the mention ("Film actress Annette Bening") or right before it; in capitals it is
            // part of a name ("Morning Star").
            let cue = { (i: Int) in i >= 0 && Self.performerNouns.contains(table.lower[i]) && !table.isCapitalised(i) }
            guard cue(m.start - 1) || m.tokens.contains(where: cue) else { return m }
            var person = m
            person.type = .person
            return person
        }
    }

    /// Untyped names written like a title found elsewhere in the article ("Bugsy was …" after "the film Bugsy")
    /// are that work too, so that no pronoun takes them for a person.
    func typingWorks(_ mentions: [Mention]) -> [Mention] {
        let titles = Set(mentions.filter { $0.type == .work }.map { $0.name.lowercased() })
        guard !titles.isEmpty else { return mentions }
        return mentions.map { m in
            guard m.kind == .name, m.type == .other, m.gazetteerKey == nil, titles.contains(m.name.lowercased()) else { return m }
            var work = m
            work.type = .work
            return work
        }
    }
}
