/// Reads the predicates of one sentence and the actors around them.
struct ClauseReader {
    let table: TokenTable
    let mentions: [Mention]
    /// Token index → the mention covering it.
    let mentionAt: [Int: Int]
    /// The sentence's tokens.
    let range: Range<Int>
    /// Canonical names of the resolved entities, by entity index.
    let entityNames: [String]

    /// A raw statement: subject and object mention indices and the relation.
    struct Statement: Equatable {
        var subject: Int
        var relation: String
        var object: Int
        var surface: String
        var confidence: Double
        var negated: Bool
        var position: Int
        var source: String?
        /// True when the statement describes its subject (apposition, role) rather than reporting an act.
        var isDescription = false
        /// True for a speaker's link to whom it addresses or speaks about (`DependencyReader.speechStatements`).
        var isSpeech = false
        /// True for a relation read from a noun or a noun's phrase: a possessed noun (`DependencyReader.nominalStatements`),
        /// an act noun with its doer, a work's maker, co-star or award (`DependencyReader.workStatements`).
        var isNominal = false
    }

    /// The predicates of `scope` (a part of the sentence), in order.
    /// - Complexity: O(n) for n tokens in the scope.
    func predicates(in scope: Range<Int>) -> [Predicate] {
        var result: [Predicate] = []
        var i = scope.lowerBound
        while i < scope.upperBound {
            guard mentionAt[i] == nil, table.isMainVerb(i, in: range) || isCopula(i, scope: scope),
                  !WordClass.isPersonNounNeverVerb(table.lower[i]) else { i += 1; continue }
            var predicate = group(endingAt: i, scope: scope)
            var end = i
            // "threatened to leave": the infinitive completes the verb rather than starting a new predicate.
            var k = i + 1
            while k < scope.upperBound, isAdverb(k) { k += 1 }
            // After a verb that only takes an infinitive ("threatened to sue"), the word after "to" is its verb even
            // when the tagger read it as a noun.
            if k + 1 < scope.upperBound, table.lower[k] == "to", mentionAt[k + 1] == nil,
               table.isMainVerb(k + 1, in: range) || Self.infinitiveVerbs.contains(predicate.lemma) && isBareWord(k + 1),
               !predicate.passive {
                predicate.lemma += " to " + table.verbLemma(k + 1)
                predicate.head = k + 1
                end = k + 1
            }
            result.append(predicate)
            i = end + 1
        }
        return result
    }

    /// Verbs whose "to" always opens an infinitive, never a phrase ("threaten to", unlike "move to", "turn to").
    static let infinitiveVerbs: Set<String> = ["threaten", "vow", "pledge", "promise", "refuse", "agree", "decide", "plan",
        "hope", "want", "try", "attempt", "seek", "intend", "fail", "expect", "prepare", "need", "aim", "wish"]

    /// A lower-case word that may be a verb: no name, number, punctuation or closed-class word.
    private func isBareWord(_ i: Int) -> Bool {
        !table.isCapitalised(i) && !table.isPunctuation(i) && !table.isClosedClass(i) && table.lower[i].allSatisfy(\.isLetter)
    }

    /// A be-verb with no content verb after it carries the clause ("X is a member of Y").
    private func isCopula(_ i: Int, scope: Range<Int>) -> Bool {
        guard WordClass.beForms.contains(table.lower[i]) else { return false }
        var j = i + 1
        while j < scope.upperBound, isAdverb(j) || WordClass.negations.contains(table.lower[j]) { j += 1 }
        guard j < scope.upperBound else { return false }
        return !table.isMainVerb(j, in: range) && !WordClass.auxiliaries.contains(table.lower[j]) && table.lower[j] != "to"
    }

    func isAdverb(_ i: Int) -> Bool {
        if let tag = table.upos(i) { return tag == "ADV" && !WordClass.negations.contains(table.lower[i]) && table.lower[i] != "yet" }
        let w = table.lower[i]
        return (w.hasSuffix("ly") && w.count > 4 && mentionAt[i] == nil) || (WordClass.adverbs.contains(w) && w != "yet")
    }

    /// The verb group whose content verb is `head`: auxiliaries, negation, "yet to" and adverbs before it.
    private func group(endingAt head: Int, scope: Range<Int>) -> Predicate {
        var start = head
        var negated = false
        var passive = false
        var sawTo = false
        var sawAuxiliary = false
        var j = head - 1
        while j >= scope.lowerBound {
            let w = table.lower[j]
            if isAdverb(j) {
            } else if WordClass.negations.contains(w) {
                negated = true
            } else if w == "yet" || (w == "to" && !sawTo && !sawAuxiliary) {
                if w == "to" { sawTo = true }
                if w == "yet" { negated = true }
            } else if table.isAuxiliary(j) {
                sawAuxiliary = true
                if WordClass.beForms.contains(w) || w == "get" || w == "got" { passive = passive || table.isParticiple(head) }
            } else {
                break
            }
            start = j
            j -= 1
        }
        let lemma = WordClass.beForms.contains(table.lower[head]) ? "be" : table.verbLemma(head)
        var form = Predicate.Form.finite
        let before = start - 1
        let beforeWord = before >= scope.lowerBound ? table.lower[before] : ""
        if sawTo && !sawAuxiliary {
            form = .infinitive
        } else if WordClass.relativePronouns.contains(beforeWord) && beforeWord != "that" || (beforeWord == "that" && before > range.lowerBound && mentionEnds(at: before - 1)) {
            form = .relative
        } else if !sawAuxiliary && table.lower[head].hasSuffix("ing") && (beforeWord == "," || beforeWord == "as") {
            form = .dependent
        } else if !sawAuxiliary && WordClass.coordinators.contains(beforeWord) && !mentionEnds(at: before - 1) {
            form = .dependent
        } else if !sawAuxiliary && table.isParticiple(head) && isReducedRelative(before: start)
                    && isFollowedByPrepositionOrEnd(head, scope: scope) {
            form = .reducedRelative
            passive = true
        }
        return Predicate(start: start, head: head, firstVerb: head, lemma: lemma, passive: passive, negated: negated, form: form)
    }

    /// True when a mention ends at token `i`.
    func mentionEnds(at i: Int) -> Bool {
        guard let m = mentionAt[i] else { return false }
        return mentions[m].end == i + 1
    }

    private func hasAgent(after start: Int) -> Bool {
        var j = start
        while j < range.upperBound, !table.isParticiple(j) || mentionAt[j] != nil { j += 1 }
        j += 1
        while j < range.upperBound, isAdverb(j) { j += 1 }
        j = table.scoreEnd(at: j, in: range)
        return j < range.upperBound && table.lower[j] == "by"
    }

    /// A passive participle is followed by its agent or a preposition, not by a direct object.
    private func isFollowedByPrepositionOrEnd(_ head: Int, scope: Range<Int>) -> Bool {
        var j = head + 1
        while j < scope.upperBound, isAdverb(j) { j += 1 }
        guard j < scope.upperBound else { return true }
        if table.lower[j] == "to", j + 1 < scope.upperBound, table.isVerbal(j + 1, in: range) { return false }
        return WordClass.prepositions.contains(table.lower[j]) || table.isPunctuation(j)
    }

    /// "X, led by", "countries governed by": a participle right after a noun phrase (or its comma).
    private func isReducedRelative(before start: Int) -> Bool {
        let j = start - 1
        guard j >= range.lowerBound else { return false }
        // After a comma or a name, "-ed" is as often the main verb ("Mali, …, announced on", "Chad arrived in"):
        // only an agent makes it a passive participle there.
        if table.lower[j] == "," || mentionEnds(at: j) { return hasAgent(after: start) }
        return !table.isClosedClass(j) && !table.isPunctuation(j) && !table.isVerbal(j, in: range)
            && table.upos(j).map { ["NOUN", "PROPN", "PRON"].contains($0) } ?? true
    }
}
