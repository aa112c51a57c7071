/// Relations stated as nouns: "Moscow's seizure of Initech", "his appointment as chairman of the Arts Council".
/// News packs many acts into a possessor and a noun, which the verb-driven reader never sees as a clause.
extension DependencyReader {
    /// A noun with an actor as possessor and an actor inside its prepositional phrases (up to two deep):
    /// possessor —noun prep [noun prep]→ actor ("acceptance of seat in"). Names and role nouns heading the phrase
    /// are left to the name and role readers.
    /// - Complexity: O(n) for n tokens of the sentence; each noun's phrases are searched two levels deep.
    func nominalStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for n in range where table.upos(n) == "NOUN" && mentionAt[n] == nil && !table.isCapitalised(n)
            && !WordClass.roleNouns.contains(table.lower[n]) {
            guard let possessor = kids(n, ["nmod:poss"]).first, let p = mentionAt[possessor], mentions[p].entity >= 0 else { continue }
            // "her role opposite X in Y" parsed with "opposite" as the noun: the role is what is in Y.
            var noun = n
            if table.lower[n] == "opposite" {
                guard let role = kids(n, ["compound"]).last else { continue }
                noun = role
            }
            var frontier = kids(n, ["nmod"]).map { ($0, [table.relationWord(noun, in: range)]) }
            var depth = 0
            while !frontier.isEmpty && depth < 2 {
                var next: [(Int, [String])] = []
                for (c, words) in frontier {
                    // "backers including X", "rivals such as X": a list of examples, not a relation.
                    guard let prep = kids(c, ["case"]).first.map({ table.lower[$0] }),
                          !["including", "like", "such", "among", "excluding"].contains(prep) else { continue }
                    if let o = mentionAt[c], mentions[o].entity >= 0 {
                        if mentions[o].entity != mentions[p].entity {
                            // "Northampton's defeat by Saracens", "Petrov's call-up by Bulgaria": the "by" phrase of the
                            // possessed noun names the doer, and the possessor is who it was done to.
                            let doerAfter = prep == "by" && words.count == 1
                            result.append(ClauseReader.Statement(subject: doerAfter ? o : p,
                                                                 relation: (words + [doerAfter ? "of" : prep]).joined(separator: " "),
                                                                 object: doerAfter ? p : o,
                                                                 surface: table.text(min(possessor, c)..<(max(possessor, c) + 1)),
                                                                 confidence: 0.7, negated: false, position: n, source: nil,
                                                                 isNominal: true))
                        }
                        continue
                    }
                    if table.upos(c) == "NOUN" { next += kids(c, ["nmod"]).map { ($0, words + [prep, table.relationWord(c, in: range)]) } }
                }
                frontier = next
                depth += 1
            }
        }
        return result
    }
}
