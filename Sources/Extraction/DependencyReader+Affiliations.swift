/// People named with the body they belong to and no role noun between: "Peter Smith of Acme Corp said …",
/// "Jane Roe, of the Ford Foundation, …", "Ana Lopez from Oxfam", "Conchita Martinez of Spain beat …". News
/// introduces most of its sources and players this way; the role readers need a noun ("spokesman for") to fire.
extension DependencyReader {
    /// Prepositions that tie a person to an organisation or a state right after the name.
    static let affiliationMarkers: Set<String> = ["of", "from"]

    /// person —of→ organisation or country, when the phrase hangs on the person's name and follows it at once
    /// (after a comma at most). A city is where someone lives, not what they belong to, and a name of unknown
    /// type may be a work or an event ("Smith of Kill Bill"), so both are left aside.
    /// - Complexity: O(n) for n tokens of the sentence.
    func affiliationStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for n in range where relation(n) == "nmod" {
            let head = table.document.heads[n]
            guard let p = mentionAt[head], let o = mentionAt[n], p != o,
                  mentions[p].kind == .name, mentions[p].type == .person, mentions[p].entity >= 0,
                  mentions[o].kind == .name, [.organization, .country].contains(mentions[o].type), mentions[o].entity >= 0,
                  mentions[o].entity != mentions[p].entity,
                  let prep = kids(n, ["case"]).first, Self.affiliationMarkers.contains(table.lower[prep]) else { continue }
            // The phrase must start right after the name: a parse that hangs a later "of" phrase on the name
            // ("Smith, the head of the research unit of Acme") has skipped the noun that phrase belongs to.
            var start = mentions[p].end
            if start < range.upperBound, table.lower[start] == "," { start += 1 }
            // (The parser may hang the comma on the phrase itself.)
            guard (mentions[p].end...start).contains(subtree(n).lowerBound), prep == start else { continue }
            result.append(ClauseReader.Statement(subject: p, relation: table.lower[prep], object: o,
                                                 surface: table.text(mentions[p].start..<mentions[o].end),
                                                 confidence: Self.appositionConfidence, negated: false, position: head,
                                                 source: nil, isDescription: true))
        }
        return result
    }
}
