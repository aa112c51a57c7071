/// Who speaks a quotation: its "he" and "she" are somebody else.
extension EntityResolver {
    static let quoteMarks: Set<String> = ["\"", "“", "”"]

    /// The name that speaks the quotation holding pronoun `mentions[index]` in its sentence: '"…he…," said X',
    /// '"…he…," X said' or 'X said: "…he…"'. Nil when the pronoun is outside quotes or no speaker is named there.
    /// - Complexity: O(s + m) for the s tokens and m mentions of the sentence.
    func quoteSpeaker(of index: Int, in mentions: [Mention], table: TokenTable) -> Int? {
        let anaphor = mentions[index]
        guard table.document.sentences.indices.contains(anaphor.sentence) else { return nil }
        let sentence = table.document.sentences[anaphor.sentence]
        let marks = sentence.filter { Self.quoteMarks.contains(table.lower[$0]) }
        let before = marks.filter { $0 < anaphor.start }
        // Inside a quotation: an odd number of marks before the pronoun.
        guard before.count % 2 == 1, let open = before.last else { return nil }
        // Only the sentence's own mentions, found around the pronoun's index (mentions are in text order).
        var low = index, high = index
        while low > 0, mentions[low - 1].sentence == anaphor.sentence { low -= 1 }
        while high + 1 < mentions.count, mentions[high + 1].sentence == anaphor.sentence { high += 1 }
        let mentionAt = { (i: Int) in (low...high).first { mentions[$0].tokens.contains(i) && mentions[$0].kind == .name } }
        if let close = marks.first(where: { $0 > anaphor.start }) {
            // '…," said X' or '…," X said'.
            var j = close + 1
            if j < sentence.upperBound, table.lower[j] == "," { j += 1 }
            if j < sentence.upperBound, WordClass.reportingVerbs.contains(table.verbLemma(j)), j + 1 < sentence.upperBound {
                var k = j + 1
                while k < sentence.upperBound, WordClass.determiners.contains(table.lower[k]) { k += 1 }
                if k < sentence.upperBound, let m = mentionAt(k) { return m }
            }
            if j < sentence.upperBound, let m = mentionAt(j), mentions[m].end < sentence.upperBound,
               WordClass.reportingVerbs.contains(table.verbLemma(mentions[m].end)) {
                return m
            }
        }
        // 'X said: "…' (a colon or comma may stand before the quote).
        var k = open - 1
        if k >= sentence.lowerBound, [":", ","].contains(table.lower[k]) { k -= 1 }
        guard k > sentence.lowerBound, WordClass.reportingVerbs.contains(table.verbLemma(k)), let m = mentionAt(k - 1),
              mentions[m].end == k else { return nil }
        return m
    }

    /// The tokens of the quotation that pronoun `mentions[index]`, outside quotes, speaks: '"…," he said' or
    /// '"…," said he'. A speaker does not name himself in his own words, so no name in that range is the pronoun.
    /// A quotation opened in an earlier sentence counts from its own sentence's start.
    /// - Complexity: O(s) for the s tokens of the sentence.
    func spokenQuotation(of index: Int, in mentions: [Mention], table: TokenTable) -> Range<Int>? {
        let anaphor = mentions[index]
        guard table.document.sentences.indices.contains(anaphor.sentence) else { return nil }
        let sentence = table.document.sentences[anaphor.sentence]
        let marks = sentence.filter { $0 < anaphor.start && Self.quoteMarks.contains(table.lower[$0]) }
        guard let close = marks.last, marks.count % 2 == 0 || marks.count == 1 else { return nil }
        var j = close + 1
        if j < anaphor.start, table.lower[j] == "," { j += 1 }
        let reports = { (t: Int) in t < sentence.upperBound && WordClass.reportingVerbs.contains(table.verbLemma(t)) }
        // '…," he said' or '…," said he': nothing else between the quotation and its speaker.
        guard j == anaphor.start && reports(anaphor.end) || j + 1 == anaphor.start && reports(j) else { return nil }
        let open = marks.count >= 2 ? marks[marks.count - 2] : sentence.lowerBound
        return open..<close
    }
}
