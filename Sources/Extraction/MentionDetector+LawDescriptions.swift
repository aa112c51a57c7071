/// "The legislation, which was approved by Governor X", "the new law": an article about one named law refers to
/// it by such descriptions before and after the name ("a new law … The legislation … The state's Consumer
/// Protection Against Spyware Act"), so, where the article names exactly one law, they stand for it.
extension MentionDetector {
    /// Description heads and the last words of the law names each may stand for.
    private static let lawDescriptionHeads: [String: Set<String>] = [
        "legislation": ["act", "bill", "law"], "act": ["act"], "bill": ["bill"], "law": ["act", "bill", "law"],
    ]

    /// `mentions` with a mention added for each "the legislation", "the bill", "the act" or "the new law" of an
    /// article that names exactly one law of that kind; the added mention repeats the name, so the resolver joins it
    /// to the law. A bare "the law" is left out: it is the law in general as often ("breaking the law").
    /// - Complexity: O(n + m) for n tokens and m mentions.
    func withLawDescriptions(_ mentions: [Mention], table: TokenTable, content: [Bool]) -> [Mention] {
        let lawEnds = WordClass.lawCues.union(["law"])
        let laws = mentions.filter { m in
            m.kind == .name && m.tokens.count >= 2 && lawEnds.contains(table.lower[m.end - 1])
                && !WordClass.eventCues.contains(table.lower[m.start])
        }
        guard !laws.isEmpty else { return mentions }
        var covered = Set<Int>()
        for m in mentions { covered.formUnion(m.tokens) }
        var added: [Mention] = []
        for (s, range) in table.document.sentences.enumerated() where s < content.count && content[s] {
            for i in range where table.lower[i] == "the" && !covered.contains(i) {
                var head = i + 1
                let modified = head < range.upperBound && ["new", "proposed", "planned", "draft"].contains(table.lower[head])
                if modified { head += 1 }
                guard head < range.upperBound, !covered.contains(head), !table.isCapitalised(head),
                      let kinds = Self.lawDescriptionHeads[table.lower[head]], table.lower[head] != "law" || modified else { continue }
                // "the bill's backers", "the act of voting", "the law firm": the noun is not the whole phrase.
                if head + 1 < range.upperBound {
                    let next = head + 1
                    if table.upos(next) == "NOUN" || table.isPossessive(next) || ["of", "to"].contains(table.lower[next])
                        || table.isCapitalised(next) && !table.isPunctuation(next) { continue }
                }
                let candidates = laws.filter { kinds.contains(table.lower[$0.end - 1]) }
                guard let law = candidates.first, Set(candidates.map { $0.name.lowercased() }).count == 1,
                      lawNamesWritten(table, kinds: kinds) <= 1 else { continue }
                var mention = law
                mention.tokens = i..<(head + 1)
                mention.sentence = s
                mention.aliases = []
                mention.atSentenceStart = false
                mention.isWeak = false
                added.append(mention)
            }
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.start < $1.start }
    }

    /// How many different law names of `kinds` the whole text writes, sentences without mentions included: a
    /// capitalised cue word after another capitalised word ("Roads Bill"), counted by those two words.
    /// - Complexity: O(n) for n tokens.
    private func lawNamesWritten(_ table: TokenTable, kinds: Set<String>) -> Int {
        var names = Set<String>()
        for i in 1..<max(1, table.lower.count) where kinds.contains(table.lower[i]) && table.isCapitalised(i)
            && table.isCapitalised(i - 1) && !table.isPunctuation(i - 1) {
            names.insert(table.lower[i - 1] + " " + table.lower[i])
        }
        return names.count
    }

    /// True when the capitalised words from `k` end in a law's cue word ("Crown Bill").
    func lawNameEnds(_ table: TokenTable, from k: Int, range: Range<Int>) -> Bool {
        var j = k
        while j < range.upperBound, j < k + 6, table.isCapitalised(j), !table.isPunctuation(j) { j += 1 }
        return j > k + 1 && WordClass.lawCues.contains(table.lower[j - 1])
    }
}
