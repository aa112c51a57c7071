/// "the awards" after "the Billboard awards", "the commission" after "the European Commission": a definite noun
/// phrase whose head is the last word of a name the article gave shortly before refers to that name (the
/// strict head match of classic coreference sieves). Only organisations, works and untyped names (events, bodies,
/// works) are followed; people, states and places are referred to by other words.
extension MentionDetector {
    /// How many sentences back a head match may reach.
    static let headMatchReach = 4

    /// `mentions` with a mention added for each "the NOUN" that matches the head of a recent multi-word name;
    /// the new mention repeats the name, so the resolver joins it to the same actor. Its surface is not kept as an
    /// alias: "the awards" would join different awards across articles.
    /// - Complexity: O(n · m) for n tokens and m mentions within the reach.
    func withHeadMatches(_ mentions: [Mention], table: TokenTable, content: [Bool]) -> [Mention] {
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.tokens) }
        var added: [Mention] = []
        for (s, range) in table.document.sentences.enumerated() where s < content.count && content[s] {
            for i in range where table.lower[i] == "the" && i + 1 < range.upperBound && !covered.contains(i + 1) {
                let head = i + 1
                guard table.upos(head) == "NOUN", !table.isCapitalised(head), !covered.contains(head) else { continue }
                // "the awards ceremony", "the commission's report" are other things or need the possessive reading;
                // "the prize for best film" is one category of the awards, not the prize named before.
                if head + 1 < range.upperBound {
                    let next = head + 1
                    if table.upos(next) == "NOUN" || table.isPossessive(next) || table.lower[next] == "of" || isCategoryFor(table, head, range: range) || table.isCapitalised(next) && !table.isPunctuation(next) { continue }
                }
                let word = table.lower[head]
                guard let antecedent = mentions.last(where: { m in
                    m.start < i && m.kind == .name && s - m.sentence <= Self.headMatchReach
                        && [.organization, .other, .work].contains(m.type) && m.tokens.count >= 2
                        && table.lower[m.end - 1] == word
                        // "Festival of Fantastic Film" is a festival: a name's head comes before its "of".
                        && !m.tokens.contains { table.lower[$0] == "of" }
                }) else { continue }
                var mention = antecedent
                mention.tokens = i..<(head + 1)
                mention.sentence = s
                mention.atSentenceStart = false
                mention.isWeak = false
                added.append(mention)
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }

    /// "the prize for best film": an award noun with "for" and no relative word after it ("the awards for which it
    /// was nominated" is still the awards named before).
    private func isCategoryFor(_ table: TokenTable, _ head: Int, range: Range<Int>) -> Bool {
        let next = head + 1
        guard next + 1 < range.upperBound, table.lower[next] == "for",
              ["award", "awards", "prize", "prizes", "honour", "honours", "trophy", "accolade"].contains(table.lower[head]) else { return false }
        return !["which", "whom"].contains(table.lower[next + 1])
    }
}
