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
        guard announced || describedAsWork(table, after: end, range: range) else { return nil }
        // The closing quote of a quoted title belongs to it.
        if end < range.upperBound, j < i - 1, table.isPunctuation(end), ["\"", "”", "’", "'"].contains(table.lower[end]) {
            end += 1
        }
        return end
    }

    /// True when a comma after `end` opens a short description ending in a work noun: ", Levy's fourth novel,".
    private func describedAsWork(_ table: TokenTable, after end: Int, range: Range<Int>) -> Bool {
        guard end < range.upperBound, table.lower[end] == "," else { return false }
        var k = end + 1
        while k < range.upperBound, k <= end + 6 {
            if isWorkNoun(table, k) {
                return k + 1 == range.upperBound || table.isPunctuation(k + 1)
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

    /// A work noun used as a noun: "Polls show Labour ahead" and "a single European currency" announce no title.
    private func isWorkNoun(_ table: TokenTable, _ j: Int) -> Bool {
        guard WordClass.workNouns.contains(table.lower[j]) else { return false }
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
