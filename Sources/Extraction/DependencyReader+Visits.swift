/// Visits and talks stated as nouns: "Straw, on a visit to India, …", "arrived for talks with Kibaki",
/// "During a trip to Kenya, Moss said …". Politics reports most meetings this way, as a phrase beside the
/// clause rather than as a verb with an object, so the verb-driven reader never sees the one visited.
extension DependencyReader {
    /// A visit noun whose own phrase names the one visited or met (`WordClass.visitNouns`), hung as an
    /// apposition on a name, as a circumstance of a verb, or as a copula's predicate: visitor —noun prep→ visited.
    /// A possessed visit ("his visit to India") is left to the nominal reader.
    /// - Complexity: O(n) for n tokens of the sentence.
    func visitStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for n in range where table.upos(n) == "NOUN" && mentionAt[n] == nil && kids(n, ["nmod:poss"]).isEmpty {
            let noun = table.lower[n]
            guard let wanted = WordClass.visitNouns[noun] else { continue }
            let visited = kids(n, ["nmod"]).filter { c in kids(c, ["case"]).map { table.lower[$0] } == [wanted] }
                .flatMap { conjuncts($0) }.compactMap { c in actor(at: c).flatMap { $0.words.isEmpty ? $0.mention : nil } }
            guard !visited.isEmpty else { continue }
            for visitor in visitors(of: n) {
                for o in visited where mentions[o].entity != mentions[visitor].entity {
                    result.append(ClauseReader.Statement(subject: visitor, relation: noun + " " + wanted, object: o,
                                                         surface: table.text(n..<(n + 1)), confidence: 0.7, negated: false,
                                                         position: n, source: nil, isNominal: true))
                }
            }
        }
        return result
    }

    /// Who makes the visit or holds the talks of noun `n`: the name it is in apposition to ("Straw, on a visit
    /// to India"), the active subject of the verb it is a circumstance of ("arrived for talks with Y"), or the
    /// subject of a copula it is the predicate of ("X is on a visit to Y"). Negated verbs give none.
    private func visitors(of n: Int) -> [Int] {
        let named = { (heads: [Int]) in heads.compactMap { h in self.actor(at: h).flatMap { $0.words.isEmpty ? $0.mention : nil } } }
        let head = table.document.heads[n]
        switch relation(n) {
        case "appos":
            guard range.contains(head), let m = mentionAt[head], mentions[m].entity >= 0 else { return [] }
            return [m]
        case "obl":
            guard range.contains(head), table.upos(head) == "VERB",
                  !kids(head, ["advmod"]).contains(where: { WordClass.negations.contains(table.lower[$0]) }) else { return [] }
            let (heads, passive, confidence) = subjects(of: head)
            return passive || confidence == 0 ? [] : named(heads)
        default:
            guard kids(n, ["cop"]).count == 1 else { return [] }
            return named(kids(n, ["nsubj"]).flatMap { conjuncts($0) })
        }
    }
}
