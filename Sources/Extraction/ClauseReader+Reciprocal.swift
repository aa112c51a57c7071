/// Clauses whose relation holds between the coordinated subjects themselves ("Saudi Arabia and Iran restored
/// ties"), and "warn" with its addressee, which is otherwise read as a speaker's verb.
extension ClauseReader {
    /// Verbs whose plural subject acts on itself: "X and Y met / clashed / agreed".
    static let reciprocalVerbs: Set<String> = [
        "meet", "clash", "fight", "talk", "negotiate", "agree", "cooperate", "trade", "compete", "reconcile",
        "merge", "quarrel", "feud", "discuss", "spar", "battle", "collide", "ally", "partner",
    ]
    /// Object nouns that make any verb reciprocal for a plural subject: "X and Y signed a pact / restored ties".
    static let reciprocalNouns: Set<String> = [
        "ties", "relations", "relationship", "talks", "deal", "deals", "agreement", "agreements", "accord", "pact",
        "treaty", "truce", "ceasefire", "alliance", "partnership", "memorandum", "dialogue", "negotiations",
        "summit", "merger", "contract", "exchange",
    ]

    /// "X and Y restored diplomatic ties": X —restore ties with→ Y (for each further subject too), when the
    /// clause has no actor object and its verb or object noun is reciprocal.
    /// - Complexity: O(k) for k subjects, plus a look at the few words after the verb.
    func reciprocal(_ predicate: Predicate, subjects: [Int], scope: Range<Int>, confidence: Double, negated: Bool,
                    source: String?) -> [Statement] {
        var distinct: [Int] = []
        for s in subjects where mentions[s].entity >= 0 && !distinct.contains(where: { mentions[$0].entity == mentions[s].entity }) {
            distinct.append(s)
        }
        guard distinct.count >= 2, !predicate.passive, let verb = predicate.lemma.split(separator: " ").last.map(String.init) else {
            return []
        }
        let noun = objectNoun(after: predicate, scope: scope)
        let relation: String
        if let noun, Self.reciprocalNouns.contains(noun) {
            relation = "\(predicate.lemma) \(noun) with"
        } else if Self.reciprocalVerbs.contains(verb), noun == nil {
            relation = verb == "meet" ? predicate.lemma : predicate.lemma + " with"
        } else {
            return []
        }
        return distinct.dropFirst().map { other in
            Statement(subject: distinct[0], relation: relation, object: other,
                      surface: table.text(predicate.start..<min(scope.upperBound, predicate.head + 1)),
                      confidence: confidence - 0.1, negated: negated, position: predicate.head, source: source)
        }
    }

    /// The head noun of the object phrase right after the verb ("ties" in "restored diplomatic ties in …"),
    /// nil when a preposition, a clause or the end comes first.
    private func objectNoun(after predicate: Predicate, scope: Range<Int>) -> String? {
        var j = predicate.head + 1
        var noun: String?
        while j < scope.upperBound, j - predicate.head <= 5, mentionAt[j] == nil, !table.isPunctuation(j),
              !WordClass.prepositions.contains(table.lower[j]), !table.isMainVerb(j, in: range) {
            if WordClass.determiners.contains(table.lower[j]) || table.isClosedClass(j) {
                if noun != nil { break }
            } else if table.upos(j) == "NOUN" || table.upos(j) == nil {
                noun = table.lower[j]
            }
            j += 1
        }
        return noun
    }

    /// "X warned Y against …" / "X warned Y not to …": Y is warned, and what follows is still X's speech.
    func warning(_ predicate: Predicate, subjects: [Int], scope: Range<Int>, negated: Bool, source: String?) -> [Statement] {
        guard predicate.lemma == "warn", !predicate.passive else { return [] }
        var j = predicate.head + 1
        while j < scope.upperBound, WordClass.determiners.contains(table.lower[j]) { j += 1 }
        guard j < scope.upperBound, let object = mentionAt[j], mentions[object].start == j, mentions[object].entity >= 0,
              mentions[object].kind != .pronoun || mentions[object].entity >= 0 else { return [] }
        let after = mentions[object].end
        // "warned Y that …", "warned Y against …", "warned Y not to …", "warned Y of …", or the sentence end.
        guard after >= scope.upperBound || ["that", "against", "not", "to", "of", "about", ",", "."].contains(table.lower[after]) else {
            return []
        }
        return subjects.filter { mentions[$0].entity >= 0 && mentions[$0].entity != mentions[object].entity }.map { subject in
            Statement(subject: subject, relation: "warn", object: object, surface: table.text(predicate.start..<after),
                      confidence: 0.8, negated: negated, position: predicate.head, source: source)
        }
    }
}
