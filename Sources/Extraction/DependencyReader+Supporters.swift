/// People and firms named as someone's backers, advisers or lenders: "Mr Glazer's financial backers, including JP
/// Morgan, …", "the bid's backers include Harrow Bank", "Her lawyers, Smith and Co, …". The possessed noun names
/// the relation and its members are the actors listed with it.
extension DependencyReader {
    /// Plural nouns for those who act for or back their possessor, with the singular a relation is named by.
    static let supporterNouns: [String: String] = [
        "backers": "backer", "backer": "backer", "financiers": "financier", "advisers": "adviser", "adviser": "adviser",
        "advisors": "advisor", "advisor": "advisor", "lenders": "lender", "bankers": "banker", "lawyers": "lawyer",
        "sponsors": "sponsor", "sponsor": "sponsor", "allies": "ally", "ally": "ally", "supporters": "supporter",
        "creditors": "creditor", "underwriters": "underwriter",
    ]

    /// member —backer of→ possessor, for each actor listed with a possessed supporter noun: through "including"
    /// or an apposition, or as the object of "include" with the noun as its subject.
    /// - Complexity: O(n) for n tokens of the sentence.
    func supporterStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for n in range where table.upos(n) == "NOUN" && mentionAt[n] == nil {
            guard let role = Self.supporterNouns[table.lower[n]], let possessor = kids(n, ["nmod:poss"]).first,
                  let p = mentionAt[possessor], mentions[p].entity >= 0 else { continue }
            var listed = kids(n, ["appos"]) + kids(n, ["nmod"]).filter { c in kids(c, ["case"]).contains { table.lower[$0] == "including" } }
            let head = table.document.heads[n]
            if relation(n) == "nsubj", range.contains(head), table.verbLemma(head) == "include" { listed += kids(head, ["obj"]) }
            for member in listed.flatMap({ conjuncts($0) }) {
                guard let m = mentionAt[member], mentions[m].entity >= 0, mentions[m].entity != mentions[p].entity else { continue }
                result.append(ClauseReader.Statement(subject: m, relation: role + " of", object: p,
                                                     surface: table.text(min(possessor, member)..<(max(possessor, member) + 1)),
                                                     confidence: 0.7, negated: false, position: n, source: nil, isNominal: true))
            }
        }
        return result
    }
}
