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
        return result + adjacentPlacements() + facilities()
    }

    /// "the US camp at Guantanamo Bay", "Nissan's plant in Sunderland": an owner's facility noun placed by
    /// "at" or "in" → owner —camp at→ place. Only facility nouns: "the Labour conference in Brighton" is a venue.
    /// - Complexity: O(n) for n tokens of the sentence.
    private func facilities() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for t in range where relation(t) == "nmod" {
            let facility = table.document.heads[t]
            guard let place = mentionAt[t], mentions[place].entity >= 0, [.country, .location].contains(mentions[place].type),
                  let prep = kids(t, ["case"]).first.map({ table.lower[$0] }), ["in", "at"].contains(prep),
                  range.contains(facility), mentionAt[facility] == nil, WordClass.facilityNouns.contains(table.lower[facility]),
                  let owner = kids(facility, ["compound", "amod", "nmod:poss"]).lazy.compactMap({ self.mentionAt[$0] }).first,
                  mentions[owner].entity >= 0, mentions[owner].entity != mentions[place].entity,
                  [.country, .organization].contains(mentions[owner].type), mentions[owner].kind != .pronoun else { continue }
            result.append(placement(owner, table.lower[facility] + " " + prep, place, surface: min(mentions[owner].start, facility)..<(t + 1)))
        }
        return result
    }

    /// "Amritsar in India", "Amritsar, India," and "the Pakistani city of Lahore": a place named right beside
    /// its country says where it is whatever the parse attached the country to (often the verb).
    /// - Complexity: O(n) for n tokens of the sentence.
    private func adjacentPlacements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        let usable = { (m: Int) in self.mentions[m].entity >= 0 }
        for t in range {
            guard let what = mentionAt[t], mentions[what].start == t, usable(what), mentions[what].type == .location,
                  mentions[what].kind == .name else { continue }
            let end = mentions[what].end
            // "the Pakistani city of Lahore": a demonym before a place noun and "of".
            if t - 3 >= range.lowerBound, table.lower[t - 1] == "of", WordClass.locationCues.contains(table.lower[t - 2]),
               let state = mentionAt[t - 3], mentions[state].kind == .demonym, usable(state),
               mentions[state].entity != mentions[what].entity {
                result.append(placement(what, table.lower[t - 2] + " of", state, surface: (t - 3)..<end))
                continue
            }
            guard end + 1 < range.upperBound, ["in", ","].contains(table.lower[end]), let state = mentionAt[end + 1],
                  mentions[state].start == end + 1, mentions[state].kind == .name, mentions[state].type == .country,
                  usable(state), mentions[state].entity != mentions[what].entity else { continue }
            let after = mentions[state].end
            if table.lower[end] == "," {
                // "Amritsar, India," closes the pair; "Lahore, India and China" is a list.
                guard after == range.upperBound || [",", ".", ";", ")", ":"].contains(table.lower[after]),
                      t - 1 < range.lowerBound || table.lower[t - 1] != "," else { continue }
            }
            result.append(placement(what, "in", state, surface: t..<after))
        }
        return result
    }

    private func placement(_ what: Int, _ relation: String, _ place: Int, surface: Range<Int>) -> ClauseReader.Statement {
        ClauseReader.Statement(subject: what, relation: relation, object: place, surface: table.text(surface), confidence: 0.7,
                               negated: false, position: surface.lowerBound, source: nil, isDescription: true)
    }
}
