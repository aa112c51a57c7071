/// Relations stated as a noun with its doer in a "by"/"from" phrase: "the arrest of Y by X", "a bid from X for Y",
/// "a survey by X and Y", "the decision by X to expel Y". The possessor form ("X's seizure of Y") is read by
/// `nominalStatements`; this is the same act with the doer written after the noun.
extension DependencyReader {
    /// Prepositions that bring in the doer of an act noun.
    private static let agentMarkers: Set<String> = ["by", "from"]
    /// Prepositions that bring in who or what the act is aimed at. Places and times ("in", "at", "during") are
    /// left out: "a speech by X in Y" says nothing of X and Y.
    private static let targetMarkers: Set<String> = ["of", "for", "to", "against", "on", "with", "over", "into"]
    /// Nouns of speaking and study, whose "on"/"over"/"into" phrase is their topic, not a party ("a speech on TV").
    private static let topicNouns: Set<String> = [
        "speech", "report", "study", "survey", "research", "article", "book", "lecture", "debate", "paper", "poll",
        "statement", "inquiry", "review", "programme", "documentary", "letter", "comments", "remarks",
    ]

    /// Agent —noun prep→ target for an act noun with an actor in a "by"/"from" phrase and an actor in another of
    /// its phrases, or in the object of its "to" infinitive; two or more coordinated doers and no target make a
    /// joint act (X —noun with→ Y).
    /// - Complexity: O(n) for n tokens of the sentence.
    func agentNominalStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for n in range where table.upos(n) == "NOUN" && mentionAt[n] == nil && !table.isCapitalised(n)
            && !WordClass.roleNouns.contains(table.lower[n]) && kids(n, ["nmod:poss"]).isEmpty {
            let phrases = kids(n, ["nmod"])
            // "troops from X", "fans from X": a plural noun after "from" is people from a place, not an act.
            guard let agentHead = phrases.first(where: { c in
                      guard let prep = kids(c, ["case"]).first.map({ table.lower[$0] }), Self.agentMarkers.contains(prep) else { return false }
                      return prep == "by" || table.xpos(n) != "NNS"
                  }),
                  let agentMention = mentionAt[agentHead], mentions[agentMention].entity >= 0,
                  !byBelongsToPassive(n) else { continue }
            let agents = distinctActors(conjuncts(agentHead))
            guard !agents.isEmpty else { continue }
            let noun = table.lower[n]
            let marker = kids(agentHead, ["case"]).first.map { table.lower[$0] } ?? ""
            var targets: [(mention: Int, words: [String], head: Int)] = []
            for c in phrases where c != agentHead {
                guard let prep = kids(c, ["case"]).first.map({ table.lower[$0] }), Self.targetMarkers.contains(prep),
                      // "a service from X to Y", "a move from X to Y": a path between two places, not an act on Y.
                      !(marker == "from" && prep == "to"),
                      !(Self.topicNouns.contains(noun) && ["on", "over", "into"].contains(prep)) else { continue }
                for m in distinctActors(conjuncts(c)) { targets.append((m, [noun, prep], c)) }
            }
            // "a bid from X for Y": parsers often hang the "for"/"against" phrase on the doer's name.
            for c in kids(agentHead, ["nmod"]) where mentionAt[c] != agentMention {  // not "Commission for Europe" inside the name
                guard let prep = kids(c, ["case"]).first.map({ table.lower[$0] }), ["for", "against"].contains(prep) else { continue }
                for m in distinctActors(conjuncts(c)) { targets.append((m, [noun, prep], c)) }
            }
            // "the decision by X to expel Y": the infinitive says what the act is.
            var purpose: [String] = []
            if let v = kids(n, ["acl"]).first(where: { table.upos($0) == "VERB" && kids($0, ["mark"]).contains { table.lower[$0] == "to" } }) {
                purpose = ["to", table.verbLemma(v)]
                for o in kids(v, ["obj"]) {
                    if mentionAt[o] != nil {
                        for m in distinctActors(conjuncts(o)) { targets.append((m, [noun] + purpose, o)) }
                    } else if table.upos(o) == "NOUN" {
                        purpose.append(table.lower[o])
                    }
                }
            }
            let make = { (s: Int, relation: [String], o: Int, far: Int) in
                ClauseReader.Statement(subject: s, relation: relation.joined(separator: " "), object: o,
                                       surface: table.text(min(n, far)..<(max(n, agentHead, far) + 1)),
                                       confidence: 0.7, negated: false, position: n, source: nil, isNominal: true)
            }
            if !targets.isEmpty {
                for a in agents {
                    for t in targets where mentions[t.mention].entity != mentions[a].entity { result.append(make(a, t.words, t.mention, t.head)) }
                }
            } else if agents.count >= 2, table.xpos(n) != "NNS", marker == "by" {
                // "a survey by X and Y": one act with two doers. "X & Y" and "X/Y" are more often one name.
                for other in agents.dropFirst() where mentions[other].start > range.lowerBound
                    && !["&", "/"].contains(table.lower[mentions[other].start - 1]) {
                    result.append(make(agents[0], [noun] + purpose + ["with"], other, agentHead))
                }
            }
        }
        return result
    }

    /// "joined at the launch by X": a "by" phrase after the noun of a passive verb's phrase is the verb's agent,
    /// whatever the parser hung it on.
    private func byBelongsToPassive(_ n: Int) -> Bool {
        let head = table.document.heads[n]
        guard relation(n) == "obl", range.contains(head) else { return false }
        return !kids(head, ["aux:pass", "nsubj:pass"]).isEmpty && kids(head, ["obl:agent"]).isEmpty
    }

    /// The resolved mentions named by `heads`, one per entity, in order; adjectives ("London-based") name no doer.
    private func distinctActors(_ heads: [Int]) -> [Int] {
        var result: [Int] = []
        for h in heads where table.upos(h) != "ADJ" {
            guard let m = mentionAt[h], mentions[m].entity >= 0, mentions[m].kind != .pronoun,
                  !result.contains(where: { mentions[$0].entity == mentions[m].entity }) else { continue }
            result.append(m)
        }
        return result
    }
}
