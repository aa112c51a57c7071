/// "The newspaper claimed X paid Y", "X allegedly paid Y", "X is rumoured to be buying Y": the act is someone's
/// claim, not a fact the article states, so its relation keeps the hedge ("allegedly pay"), as modals keep theirs.
extension PatternTripleExtractor {
    /// Verbs whose clause is a contested claim. "said" is not among them: news reports what people say.
    static let claimVerbs: Set<String> = ["claim", "allege", "rumour", "rumor", "speculate"]
    /// Adverbs that mark an act as claimed.
    static let allegationAdverbs: Set<String> = ["allegedly", "reportedly", "supposedly", "purportedly"]

    /// True when the predicate at `v` is only claimed: an allegation adverb shortly before it, or a clause of a
    /// claim verb above it in the parse (through at most two clause links).
    /// - Complexity: O(1).
    static func isAlleged(_ v: Int, table: TokenTable, range: Range<Int>) -> Bool {
        guard range.contains(v) else { return false }
        for j in max(range.lowerBound, v - 3)..<v where allegationAdverbs.contains(table.lower[j]) { return true }
        let document = table.document
        guard document.isParsed else { return false }
        var t = v
        for _ in 0..<3 {
            let link = document.deprels[t]
            let head = document.heads[t]
            guard ["ccomp", "xcomp", "conj"].contains(link), range.contains(head) else { return false }
            if link != "conj", claimVerbs.contains(table.verbLemma(head)) { return true }
            t = head
        }
        return false
    }
}
