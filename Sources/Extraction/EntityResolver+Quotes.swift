/// Who speaks a quotation: its "he" and "she" are somebody else.
extension EntityResolver {
    private static let quoteMarks: Set<String> = ["\"", "“", "”"]

    /// The name that speaks the quotation holding pronoun `anaphor` in its sentence: '"…he…," said X',
    /// '"…he…," X said' or 'X said: "…he…"'. Nil when the pronoun is outside quotes or no speaker is named there.
    /// - Complexity: O(s) for the s tokens of the sentence.
    func quoteSpeaker(of anaphor: Mention, in mentions: [Mention], table: TokenTable) -> Int? {
        guard table.document.sentences.indices.contains(anaphor.sentence) else { return nil }
        let sentence = table.document.sentences[anaphor.sentence]
        let marks = sentence.filter { Self.quoteMarks.contains(table.lower[$0]) }
        let before = marks.filter { $0 < anaphor.start }
        // Inside a quotation: an odd number of marks before the pronoun.
        guard before.count % 2 == 1, let open = before.last else { return nil }
        let mentionAt = { (i: Int) in mentions.firstIndex { $0.tokens.contains(i) && $0.kind == .name } }
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
}
