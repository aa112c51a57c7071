/// Acts that are hoped, predicted or possible rather than done ("would be happy to meet Y", "could sue Y",
/// "is determined to beat Y"): the graph must not assert them as done, so the word that hedges the act stays in
/// the relation ("could sue", "happy to meet"), and a reader of the edge sees what the article said.
extension ClauseReader {
    /// Modals whose verb states a possibility, a wish or a condition, not an act; "will" is left out, since news
    /// states scheduled acts with it ("X will meet Y on Monday").
    static let hedgingModals: [String: String] = [
        "would": "would", "could": "could", "may": "may", "might": "might", "should": "should", "can": "can",
        "ca": "can", "must": "must", "'d": "would", "’d": "would",
    ]
    /// Nouns of intent, chance or agreement whose infinitive is aimed at, not done ("a bid to", "efforts to"), and
    /// "whether".
    static let intentNouns: Set<String> = [
        "attempt", "attempts", "bid", "bids", "effort", "efforts", "plan", "plans", "proposal", "proposals", "decision",
        "desire", "chance", "chances", "opportunity", "offer", "offers", "move", "threat", "threats", "pledge", "promise",
        "intention", "hope", "hopes", "ambition", "aim", "campaign", "push", "drive", "need", "request", "deal",
        "agreement", "readiness", "willingness", "determination", "whether",
    ]
    /// Linking verbs after which an adjective or participle with "to" hedges the infinitive ("is keen to", "seems set to").
    private static let linkingVerbs: Set<String> = WordClass.beForms.union(["seem", "seems", "seemed", "appear", "appears",
        "appeared", "remain", "remains", "remained", "look", "looks", "looked", "become", "becomes", "became", "feel", "feels"])

    /// The words to put before the predicate's relation: its modal ("could"), or the adjective or participle that
    /// governs its infinitive ("happy to", "determined to", "expected to"); nil when the act is stated as done.
    func hedge(of predicate: Predicate, scope: Range<Int>) -> String? {
        if let modal = (predicate.start..<predicate.firstVerb).lazy.compactMap({ Self.hedgingModals[self.table.lower[$0]] }).first {
            return modal
        }
        guard predicate.form == .infinitive, table.lower[predicate.start] == "to" else { return nil }
        let a = predicate.start - 1
        // "in a bid to buy Y", "his decision to quit Y", "plans to open a centre in Y": a noun of intent or chance
        // before the infinitive says the act is aimed at, not done.
        if a > scope.lowerBound, mentionAt[a] == nil, Self.intentNouns.contains(table.lower[a]), table.upos(a).map({ $0 == "NOUN" || $0 == "SCONJ" }) ?? true {
            return table.lower[a] + " to"
        }
        guard a > scope.lowerBound, mentionAt[a] == nil, !table.isCapitalised(a),
              table.upos(a) == "ADJ" || table.isParticiple(a) else { return nil }
        // "is keen to", "would be happy to", "has been asked to", "seems set to": a linking verb before the word.
        var j = a - 1
        while j > scope.lowerBound, isAdverb(j) || WordClass.negations.contains(table.lower[j]) { j -= 1 }
        guard Self.linkingVerbs.contains(table.lower[j]) else { return nil }
        return table.lower[a] + " to"
    }
}
