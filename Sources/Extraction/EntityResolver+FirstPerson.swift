/// "I" and "we" inside a quotation stand for whoever the article says is speaking it. News attributes a quote
/// in the sentence that holds it ('"I …," said X', 'X said: "I …"') or, when a quotation runs over several
/// sentences, only once: before it ('"…," he said. "I applaud …"') or after its last sentence.
extension EntityResolver {
    /// First-person words made mentions inside quotations; "we" words may stand for an organisation.
    static let singularFirstPerson: Set<String> = ["i", "me", "my"]
    static let pluralFirstPerson: Set<String> = ["we", "us", "our"]

    /// How many sentences a quotation may run before or after the one holding the pronoun.
    private static let quoteRun = 3

    /// The mention that speaks the quotation holding first-person pronoun `mentions[index]`: a name, a
    /// description, or (through `antecedent`) a third-person pronoun. "we" only when the speaker is an
    /// organisation, state or group: a person's "we" is too often a country or "people like us".
    /// - Complexity: O(s + m) for the s tokens and m mentions of the few sentences looked at.
    func firstPersonSpeaker(of index: Int, in mentions: [Mention], sets: inout UnionFind, table: TokenTable,
                            antecedent: [Int]) -> Int? {
        let anaphor = mentions[index]
        let sentences = table.document.sentences
        guard sentences.indices.contains(anaphor.sentence) else { return nil }
        let marks = { (s: Int) in sentences[s].filter { Self.quoteMarks.contains(table.lower[$0]) } }
        let own = marks(anaphor.sentence)
        let before = own.filter { $0 < anaphor.start }
        guard before.count % 2 == 1, let open = before.last else { return nil }
        let opensAtStart = open == sentences[anaphor.sentence].lowerBound
        let close = own.first { $0 > anaphor.start }
        var found = close.flatMap { attribution(afterClose: $0, in: anaphor.sentence, mentions: mentions, table: table) }
            ?? attribution(beforeOpen: open, in: anaphor.sentence, mentions: mentions, table: table)
        if found == nil, close == nil || opensAtStart {
            found = runningSpeaker(from: anaphor.sentence, runsOn: close == nil, opensAtStart: opensAtStart, marks: marks,
                                   mentions: mentions, table: table)
        }
        guard let speaker = found else { return nil }
        let named = mentions[speaker].kind == .pronoun ? antecedent[speaker] : speaker
        guard named >= 0 else { return nil }
        if Self.pluralFirstPerson.contains(anaphor.name) {
            if let organisation = spokesmansOrganisation(named, in: mentions, sets: &sets, table: table) { return organisation }
            let root = sets.find(named)
            let types = mentions.indices.filter { sets.find($0) == root }.map { mentions[$0].type }
            guard !types.contains(.person), types.contains(where: { [.organization, .country, .group].contains($0) }) else { return nil }
        }
        return named
    }

    /// "Oxfam spokesman Dan Ferris": the organisation a spokesman's "we" stands for, from the name mention of his
    /// (the first in his set with a spokesman's title) and the organisation named right before it.
    private func spokesmansOrganisation(_ speaker: Int, in mentions: [Mention], sets: inout UnionFind, table: TokenTable) -> Int? {
        let root = sets.find(speaker)
        for o in mentions.indices where o > 0 && sets.find(o) == root {
            guard let held = heldRole(o, in: mentions, table: table),
                  ["spokesman", "spokeswoman", "spokesperson"].contains(held.role) else { continue }
            let holder = mentions[o - 1]
            guard holder.kind == .name, holder.sentence == mentions[o].sentence, holder.end >= mentions[o].start - 1,
                  ![.person, .location].contains(holder.type) else { continue }
            return o - 1
        }
        return nil
    }

    /// The speaker of a quotation sentence `s` does not attribute: after its last sentence ('… ," he said')
    /// when it `runsOn` past `s`, else before it when `s` opens with the quote ('"…," he said. "I …' or 'X said: "…. "I …').
    private func runningSpeaker(from s: Int, runsOn: Bool, opensAtStart: Bool, marks: (Int) -> [Int], mentions: [Mention],
                                table: TokenTable) -> Int? {
        let sentences = table.document.sentences
        // Forward: each following sentence re-opens the quotation; the one that closes it may name the speaker.
        var t = s + 1
        while runsOn, t < sentences.count, t <= s + Self.quoteRun {
            let found = marks(t)
            guard found.first == sentences[t].lowerBound else { break }
            if found.count >= 2 {
                if let m = attribution(afterClose: found[1], in: t, mentions: mentions, table: table) { return m }
                break
            }
            t += 1
        }
        guard opensAtStart else { return nil }
        // Backward: sentences that only continue the quotation are skipped; the first other one attributes it.
        t = s - 1
        while t >= 0, t >= s - Self.quoteRun {
            let found = marks(t)
            guard let last = found.last else { return nil }
            if found.count % 2 == 1 {
                if found.count == 1, last == sentences[t].lowerBound { t -= 1; continue }
                return attribution(beforeOpen: last, in: t, mentions: mentions, table: table)
            }
            if let m = attribution(afterClose: last, in: t, mentions: mentions, table: table, endingSentence: true) { return m }
            // A whole quoted sentence without attribution continues the quotation too.
            guard found.first == sentences[t].lowerBound else { return nil }
            t -= 1
        }
        return nil
    }

    /// '…," said X', '…," X said', '…," he said': the speaker named right after closing mark `close`. With
    /// `endingSentence`, the attribution must end the sentence (nothing else follows that could be quoted).
    private func attribution(afterClose close: Int, in s: Int, mentions: [Mention], table: TokenTable,
                             endingSentence: Bool = false) -> Int? {
        let sentence = table.document.sentences[s]
        var j = close + 1
        if j < sentence.upperBound, table.lower[j] == "," { j += 1 }
        guard j < sentence.upperBound else { return nil }
        var speaker: Int?
        var end = j
        if WordClass.reportingVerbs.contains(table.verbLemma(j)) {
            var k = j + 1
            while k < sentence.upperBound, WordClass.determiners.contains(table.lower[k]) { k += 1 }
            if let m = speakerMention(at: k, in: s, mentions: mentions) {
                speaker = m
                end = mentions[m].end
            }
        } else if let m = speakerMention(at: j, in: s, mentions: mentions), mentions[m].end < sentence.upperBound,
                  WordClass.reportingVerbs.contains(table.verbLemma(mentions[m].end)) {
            speaker = m
            end = mentions[m].end + 1
        }
        guard let speaker else { return nil }
        if endingSentence {
            while end < sentence.upperBound, table.isPunctuation(end) && !Self.quoteMarks.contains(table.lower[end]) { end += 1 }
            guard end == sentence.upperBound else { return nil }
        }
        return speaker
    }

    /// 'X said: "…', 'X added: "…', 'he said: "…': the speaker named right before opening mark `open`.
    private func attribution(beforeOpen open: Int, in s: Int, mentions: [Mention], table: TokenTable) -> Int? {
        let sentence = table.document.sentences[s]
        var k = open - 1
        if k >= sentence.lowerBound, [":", ","].contains(table.lower[k]) { k -= 1 }
        guard k > sentence.lowerBound, WordClass.reportingVerbs.contains(table.verbLemma(k)),
              let m = speakerMention(at: k - 1, in: s, mentions: mentions), mentions[m].end == k else { return nil }
        return m
    }

    /// The name, description or third-person pronoun of sentence `s` covering token `token`.
    private func speakerMention(at token: Int, in s: Int, mentions: [Mention]) -> Int? {
        // Mentions are in text order: a binary search finds the first one that ends after `token`.
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].end <= token { low = mid + 1 } else { high = mid }
        }
        guard low < mentions.count, mentions[low].sentence == s, mentions[low].tokens.contains(token) else { return nil }
        let m = mentions[low]
        switch m.kind {
        case .name, .description: return low
        case .pronoun: return ["he", "she"].contains(m.name) ? low : nil
        case .demonym, .group: return nil
        }
    }
}
