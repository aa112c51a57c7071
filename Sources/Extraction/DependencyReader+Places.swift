/// Where places and organisations are, from the noun phrases that say so in passing: "the Golden Temple in
/// Amritsar", "Pakistan's Sindh province". News gives locations as modifiers far more often than as clauses
/// ("X is in Y"), so the verb-driven reader never sees them.
extension DependencyReader {
    /// "A in B" inside a noun phrase, A a place, organisation or unknown name and B a country or place:
    /// A —in→ B; "B's A province": A —province of→ B.
    /// - Complexity: O(n) for n tokens of the sentence.
    func placements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        let isPlace = { (m: Int) in [.country, .location].contains(self.mentions[m].type) }
        for t in range {
            guard let place = mentionAt[t], mentions[place].entity >= 0, isPlace(place) else { continue }
            let head = table.document.heads[t]
            guard range.contains(head), let what = mentionAt[head], what != place, mentions[what].entity >= 0,
                  mentions[what].entity != mentions[place].entity, mentions[what].type != .person,
                  mentions[what].kind == .name else { continue }
            let relation: String
            if self.relation(t) == "nmod", kids(t, ["case"]).map({ table.lower[$0] }) == ["in"] {
                // "attacks by X in Y" hangs Y on the event, not on X: the phrase must end X's own name.
                guard mentions[what].end == t - 1 || mentions[what].end == t - 2 && table.lower[t - 1] == "the" else { continue }
                relation = "in"
            } else if self.relation(t) == "nmod:poss", WordClass.locationCues.contains(table.lower[head]), isPlace(what) {
                relation = table.lower[head] + " of"
            } else {
                continue
            }
            result.append(ClauseReader.Statement(subject: what, relation: relation, object: place,
                                                 surface: table.text(min(head, t)..<(max(head, t) + 1)), confidence: 0.7,
                                                 negated: false, position: head, source: nil, isDescription: true))
        }
        return result
    }
}
