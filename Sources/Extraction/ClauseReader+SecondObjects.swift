/// What follows a verb's direct object and still belongs to the relation: a particle the verb left behind ("turned Y
/// down", "knocked Y out of"), and the thing given when the object is who receives it ("gave Y the award", "handed Y
/// a defeat"): without them the relation says something else ("turn Y", "give Y").
extension ClauseReader {
    /// Verbs of giving whose first object receives the second, with the preposition that marks the receiver.
    static let givingVerbs: [String: String] = [
        "give": "to", "hand": "to", "send": "to", "offer": "to", "award": "to", "grant": "to", "pay": "to", "lend": "to",
        "sell": "to", "deny": "to", "owe": "to", "promise": "to", "pass": "to", "deal": "to", "teach": "to", "bring": "to",
        "earn": "for", "win": "for", "buy": "for",
    ]
    /// Particles that may follow the object ("called Y off"); "away" and "along" are left out, since after an object
    /// they are mostly adverbs ("beat Y away from home").
    private static let movableParticles: Set<String> = ["up", "down", "off", "out", "back"]
    /// What may come after a moved particle: the end of the clause or a preposition of the phrasal verb ("out of").
    private static let afterParticle: Set<String> = ["of", "from", "to", "into", "for", "with", "as", "on", "at"]

    /// The particle right after a direct object that ends at `end`, when the verb has none before it.
    func movedParticle(after end: Int, predicate: Predicate, scope: Range<Int>) -> String? {
        guard end < scope.upperBound, !predicate.passive, mentionAt[end] == nil,
              Self.movableParticles.contains(table.lower[end]), table.upos(end).map({ ["ADP", "ADV", "PART"].contains($0) }) ?? true,
              predicate.head + 1 < scope.upperBound, !Self.particles.contains(table.lower[predicate.head + 1]) else { return nil }
        let next = end + 1
        // "brought Y back in 2003": "back" before a time phrase is an adverb, not the verb's particle.
        let closes = next >= scope.upperBound || table.isPunctuation(next)
            || Self.afterParticle.contains(table.lower[next]) && !(table.lower[end] == "back" && ["on", "at"].contains(table.lower[next]))
        return closes ? table.lower[end] : nil
    }

    /// "gave Y the award" → ["award", "to"]: the head noun of a second object after the receiver ending at `end`, and
    /// the receiver's preposition; only the preposition when the second object is a name ("gave Y the Nobel Prize").
    func givenThing(after end: Int, predicate: Predicate, scope: Range<Int>) -> [String]? {
        guard !predicate.passive, let preposition = Self.givingVerbs[predicate.lemma], end < scope.upperBound else { return nil }
        var k = end
        guard ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"].contains(table.lower[k]) else { return nil }
        k += 1
        var head: String?
        var sawName = false
        while k < scope.upperBound, !table.isPunctuation(k), !table.isClosedClass(k) || mentionAt[k] != nil {
            if let m = mentionAt[k] {
                sawName = true
                head = nil
                k = max(mentions[m].end, k + 1)
                continue
            }
            // "an injury-time penalty": a hyphenated word is one word of the phrase.
            let word = table.hyphenatedWord(containing: k, in: range)
            if word.count > 1 {
                head = table.relationWord(k, in: range)
                k = word.upperBound
                continue
            }
            if table.isMainVerb(k, in: range) { break }
            guard ["NOUN", "ADJ", "NUM"].contains(table.upos(k) ?? "NOUN") else { break }
            if table.upos(k) ?? "NOUN" == "NOUN" { head = table.relationWord(k, in: range) }
            k += 1
        }
        if let head { return [head, preposition] }
        return sawName ? [preposition] : nil
    }
}
