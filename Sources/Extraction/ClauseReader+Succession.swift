/// Succession stated through a role noun that points back: "Mr Brown has headed Labour's preparations before,
/// but Mr Milburn is taking that role this time." The later person takes over the earlier subject's position.
extension ClauseReader {
    /// Nouns for a position that "that …" can point back to.
    static let positionNouns: Set<String> = ["role", "job", "post", "position", "place", "mantle"]

    /// "B is taking that role", "B took over that job", "B has taken the same post": B —take role of→ A, where A
    /// is the person who opens the sentence (the subject of the clause before, whose role "that" points to).
    /// - Complexity: O(n) for n tokens in the scope.
    func succession(scope: Range<Int>, source: String?) -> [Statement] {
        var result: [Statement] = []
        for k in scope where table.verbLemma(k) == "take" && mentionAt[k] == nil {
            var j = k + 1
            if j < scope.upperBound, table.lower[j] == "over" { j += 1 }
            guard j + 1 < scope.upperBound else { continue }
            if table.lower[j] == "the", j + 2 < scope.upperBound, table.lower[j + 1] == "same" {
                j += 2
            } else if table.lower[j] == "that" {
                j += 1
            } else {
                continue
            }
            guard Self.positionNouns.contains(table.lower[j]) else { continue }
            // The taker: the name right before the verb group ("Mr Milburn is taking").
            var before = k - 1
            while before >= scope.lowerBound, mentionAt[before] == nil, table.isAuxiliary(before) || isAdverb(before) { before -= 1 }
            guard before >= scope.lowerBound, let taker = mentionAt[before], mentions[taker].end == before + 1,
                  isSuccessionPerson(taker) else { continue }
            // The holder: the person opening the sentence, in a clause of its own before the taker's.
            guard let holder = mentions.indices.first(where: { scope.contains(mentions[$0].start) && mentions[$0].kind != .pronoun }),
                  holder != taker, isSuccessionPerson(holder), mentions[holder].entity != mentions[taker].entity,
                  (mentions[holder].end..<mentions[taker].start).contains(where: { ["but", "while", "whereas", ";"].contains(table.lower[$0]) })
            else { continue }
            result.append(Statement(subject: taker, relation: "take role of", object: holder,
                                    surface: table.text(mentions[taker].start..<(j + 1)), confidence: 0.7, negated: false,
                                    position: k, source: source, isDescription: false))
        }
        return result
    }

    private func isSuccessionPerson(_ m: Int) -> Bool {
        let mention = mentions[m]
        return mention.entity >= 0 && mention.kind == .name && (mention.type == .person || mention.title != nil)
    }
}
