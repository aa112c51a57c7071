/// Person descriptions with a cue ("the prime minister", "the 28-year-old", "her husband", see
/// `MentionDetector.personDescription`): they stand for the one person the article introduced with the cue's
/// words before them, and for nobody when no one or several people were.
extension EntityResolver {
    /// Words that end an apposition after a name ("Tony Blair, the prime minister, said …").
    private static let appositionEnds: Set<String> = [",", ".", ")", ";", "-", "–", "—", "of", "at", "for", "and", "since"]

    /// The latest mention of the only person introduced with `index`'s cue, or nil.
    func introducedPerson(for index: Int, in mentions: [Mention], sets: inout UnionFind, table: TokenTable) -> Int? {
        guard let cue = mentions[index].cue, !cue.isEmpty else { return nil }
        var roots = Set<Int>()
        for c in 0..<index where mentions[c].kind == .name && [.person, .other].contains(mentions[c].type) {
            if introductions(of: mentions[c], table: table).contains(where: { Self.introduces($0, cue) }) { roots.insert(sets.find(c)) }
        }
        // "the 25-year-old fly-half … The 25-year-old missed …": an earlier description with the same cue that found
        // its person introduced that person.
        for c in 0..<index where mentions[c].kind == .description && mentions[c].cue == cue {
            let root = sets.find(c)
            if (0..<index).contains(where: { mentions[$0].kind == .name && sets.find($0) == root }) { roots.insert(root) }
        }
        if roots.isEmpty, let only = soleRecentPerson(for: index, in: mentions, sets: &sets, table: table) { return only }
        guard roots.count == 1, let root = roots.first else { return nil }
        return (0..<index).last { mentions[$0].kind == .name && sets.find($0) == root }
    }

    /// Performer nouns that name the article's person ("the actor"); "the star" and "the musician" are as often
    /// someone else in the arts news they open.
    private static let fallbackPerformers: Set<String> = ["actor", "actress", "singer", "rapper", "comedian", "novelist", "playwright"]

    /// Words that make a role another one: the deputy prime minister is not "the prime minister".
    private static let roleChangers: Set<String> = ["deputy", "vice", "shadow", "assistant", "junior", "associate", "ex", "co"]

    /// True when `run` ends in `cue` and the word before it does not change the role.
    private static func introduces(_ run: [String], _ cue: [String]) -> Bool {
        guard run.count >= cue.count, Array(run.suffix(cue.count)) == cue else { return false }
        return run.count == cue.count || !roleChangers.contains(run[run.count - cue.count - 1])
    }

    /// "Jonny Wilkinson has been ruled out … The 25-year-old has not played": with nobody introduced by an age
    /// or a performer noun ("the actor"), the only person named in the sentence just before is meant
    /// when that person is the article's most named one, unless an age given to that person is another, or
    /// someone is named before it in its own sentence.
    private func soleRecentPerson(for index: Int, in mentions: [Mention], sets: inout UnionFind, table: TokenTable) -> Int? {
        let anaphor = mentions[index]
        guard let cue = anaphor.cue, cue.count == 1, let word = cue.first,
              word.hasSuffix("-year-old") || Self.fallbackPerformers.contains(word) else { return nil }
        // Untyped full names count as people here ("Edinburgh architect, Dominic Stephenson"): a person the
        // tagger did not type still makes the sentence's person ambiguous.
        let isPerson = { (c: Int) in
            mentions[c].kind == .name && (mentions[c].type == .person
                || mentions[c].type == .other && mentions[c].gazetteerKey == nil && mentions[c].name.contains(" "))
        }
        if (0..<index).contains(where: { mentions[$0].sentence == anaphor.sentence && isPerson($0) }) { return nil }
        // Only the sentence just before: a quotation or another sentence between may be about someone else.
        guard let nearest = (0..<index).last(where: isPerson), anaphor.sentence - mentions[nearest].sentence == 1,
              mentions[nearest].type == .person else { return nil }
        let people = Set((0..<index).filter { isPerson($0) && mentions[$0].sentence == mentions[nearest].sentence }.map { sets.find($0) })
        guard people.count == 1 else { return nil }
        let root = sets.find(nearest)
        // A quoted coach or a rival in the sentence before is not meant: the person must be the article's main one.
        var counts: [Int: Int] = [:]
        for c in 0..<index where isPerson(c) || mentions[c].kind == .name && mentions[c].type == .other && mentions[c].gazetteerKey == nil {
            counts[sets.find(c), default: 0] += 1
        }
        guard let top = counts.values.max(), counts[root] == top else { return nil }
        // Someone given a different age is someone else.
        let ages = (0..<index).filter { sets.find($0) == root && mentions[$0].kind == .name }
            .flatMap { introductions(of: mentions[$0], table: table) }.flatMap { $0 }.filter { $0.hasSuffix("-year-old") }
        if word.hasSuffix("-year-old"), ages.contains(where: { $0 != word }) { return nil }
        return nearest
    }

    /// The lower-case word runs that introduce a name: its title ("Prime Minister"), the words right before it
    /// ("singer Madonna", "her husband, Guy Ritchie", "28-year-old Kim Lee") and an apposition after it ("Kim
    /// Lee, 28,", "Guy Ritchie, Madonna's husband,", "Jane Roe, the chief executive of Acme"). A run with
    /// "former" or another qualifier of time introduces someone who no longer holds the role.
    func introductions(of mention: Mention, table: TokenTable) -> [[String]] {
        guard table.document.sentences.indices.contains(mention.sentence) else { return [] }
        let sentence = table.document.sentences[mention.sentence]
        var runs: [[String]] = []
        var k = mention.start - 1
        if let title = mention.title {
            var words = title.lowercased().split(separator: " ").map(String.init)
            // "Prime Minister Jane Roe …" opening a sentence keeps only "Minister" as the title: the title words
            // left before the name belong to it.
            while k >= sentence.lowerBound, words.count < 4, table.isCapitalised(k), WordClass.titles.contains(table.lower[k]) {
                words.insert(table.lower[k], at: 0)
                k -= 1
            }
            runs.append(words)
            k = mention.start - 1
        }
        if k >= sentence.lowerBound, table.lower[k] == "," { k -= 1 }
        var before: [String] = []
        while k >= sentence.lowerBound, before.count < 4 {
            if k - 4 >= sentence.lowerBound, let age = MentionDetector.ageWord(table, at: k - 4, range: sentence), age.end == k + 1 {
                before.insert(age.word, at: 0)
                k -= 5
            } else if let age = MentionDetector.ageWord(table, at: k, range: sentence), age.end == k + 1 {
                before.insert(age.word, at: 0)
                k -= 1
            } else if table.isLowercaseContentWord(k) {
                before.insert(table.lower[k], at: 0)
                k -= 1
            } else {
                break
            }
        }
        if !before.isEmpty { runs.append(before) }
        if let after = apposition(after: mention, table: table, sentence: sentence) { runs.append(after) }
        return runs.filter { run in !run.contains { MentionDetector.roleQualifiers.contains($0) && $0 != "veteran" } }
    }

    /// The words of the apposition after `mention` up to its end, when it holds no verb: "Kim Lee, 28," gives
    /// ["28-year-old"] and "Guy Ritchie, Madonna's husband," ["madonna", "'s", "husband"].
    private func apposition(after mention: Mention, table: TokenTable, sentence: Range<Int>) -> [String]? {
        var j = mention.end
        guard j + 1 < sentence.upperBound, [",", "("].contains(table.lower[j]) else { return nil }
        j += 1
        if table.lower[j].allSatisfy(\.isNumber), j + 1 < sentence.upperBound, [",", ")"].contains(table.lower[j + 1]) {
            return [table.lower[j] + "-year-old"]
        }
        var words: [String] = []
        while j < sentence.upperBound, words.count < 7, !Self.appositionEnds.contains(table.lower[j]) {
            if table.isVerbal(j, in: sentence) { return nil }
            if let age = MentionDetector.ageWord(table, at: j, range: sentence) {
                words.append(age.word)
                j = age.end
                continue
            }
            words.append(table.lower[j])
            j += 1
        }
        return words.isEmpty ? nil : words
    }
}
