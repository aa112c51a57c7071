/// Finding who a predicate is about: left of the verb group, across a parenthetical, through coordination,
/// via a relative pronoun, or shared with the predicate that governs it.
extension ClauseReader {
    /// Subject mentions of `predicate` and the confidence of the construction; `previous` holds the
    /// subjects found for the earlier predicates of the sentence.
    func subjects(of predicate: Predicate, previous: [[Int]], scope: Range<Int>) -> (mentions: [Int], confidence: Double) {
        switch predicate.form {
        case .infinitive:
            if let to = (predicate.start..<predicate.head).first(where: { table.lower[$0] == "to" }), to - 1 >= scope.lowerBound,
               let m = mentionEnding(at: to - 1), mentions[m].start - 1 >= scope.lowerBound,
               table.lower[mentions[m].start - 1] == "for" {
                // "a demand for X to recognise Y", "time for X to act": what X is asked to do, not what it does.
                return ([], 0)
            }
            if let to = (predicate.start..<predicate.head).first(where: { table.lower[$0] == "to" }) {
                if infinitiveModifiesNounPhrase(to: to, scope: scope) { return ([], 0) }
                if let controlled = objectControlled(to: to, scope: scope) { return controlled }
            }
            return (previous.last ?? [], 0.65)
        case .dependent:
            return (previous.last ?? [], 0.65)
        case .relative, .reducedRelative:
            var j = predicate.start - 1
            if predicate.form == .relative { j -= 1 }
            if j >= scope.lowerBound, table.lower[j] == "," { j -= 1 }
            guard j >= scope.lowerBound, let m = mentionEnding(at: j) else { return ([], 0) }
            return (coordinatedBefore(m, predicate: predicate, scope: scope), 0.75)
        case .finite:
            return leftSubjects(from: predicate.start - 1, scope: scope)
        }
    }

    /// "X and Y, who own a stake in Z": a plural relative verb is about every name coordinated before the pronoun,
    /// in text order; a singular one ("X and Y, who owns …") only about the last.
    private func coordinatedBefore(_ last: Int, predicate: Predicate, scope: Range<Int>) -> [Int] {
        let group = (predicate.start...predicate.head).map { table.lower[$0] }
        guard table.xpos(predicate.head) == "VBP" || group.contains(where: { ["are", "were", "have"].contains($0) }) else { return [last] }
        var found = [last]
        var k = mentions[last].start - 1
        while k - 1 >= scope.lowerBound, ["and", ","].contains(table.lower[k]), let m = mentionEnding(at: k - 1),
              mentions[m].type == mentions[last].type || Set([mentions[m].type, mentions[last].type]).isSubset(of: [.person, .other]) {
            found.append(m)
            k = mentions[m].start - 1
        }
        return found.reversed()
    }

    /// "a supporter of talks to bring Y in", "bow to demands to recognise Y": an infinitive after the noun of a
    /// prepositional phrase says what that noun is for; whoever the sentence is about need not be the one who acts.
    private func infinitiveModifiesNounPhrase(to: Int, scope: Range<Int>) -> Bool {
        var j = to - 1
        guard j >= scope.lowerBound, mentionAt[j] == nil, !table.isClosedClass(j), !table.isPunctuation(j),
              !table.isVerbal(j, in: range), table.upos(j).map({ $0 == "NOUN" }) ?? true,
              // "in a bid to", "in an effort to": purpose idioms whose infinitive is the subject's own act.
              !["bid", "effort", "attempt", "order", "drive", "push"].contains(table.lower[j]) else { return false }
        j -= 1
        while j >= scope.lowerBound, mentionAt[j] == nil, !table.isPunctuation(j), !table.isVerbal(j, in: range),
              !WordClass.prepositions.contains(table.lower[j]) {
            if table.lower[j] == "no" { return true }  // "has no plans to invade Y"
            j -= 1
        }
        // "sending along a system to support Y": a verb's particle opens no phrase of its own.
        return j >= scope.lowerBound && WordClass.prepositions.contains(table.lower[j]) && !Self.particles.contains(table.lower[j])
    }

    /// "urged Y to resign", "wants more migrants to come": after a verb of asking or wanting, the noun phrase
    /// between the verb and "to" acts, not the verb's subject. Nil when no such verb governs the infinitive.
    private func objectControlled(to: Int, scope: Range<Int>) -> (mentions: [Int], confidence: Double)? {
        var j = to - 1
        while j >= scope.lowerBound, !table.isPunctuation(j), !table.isVerbal(j, in: range) || mentionAt[j] != nil { j -= 1 }
        guard j >= scope.lowerBound, j < to - 1, table.isVerbal(j, in: range),
              WordClass.objectControlVerbs.contains(table.verbLemma(j)) else { return nil }
        // "pleaded with Y to", "called on Y to", "appealed to Y to": the verb's own preposition may come first.
        let first = j + 1 < to && ["with", "on", "to", "upon"].contains(table.lower[j + 1]) ? j + 2 : j + 1
        guard let m = mentionEnding(at: to - 1), mentions[m].start == first
                || (first..<mentions[m].start).allSatisfy({ WordClass.determiners.contains(table.lower[$0]) }) else { return ([], 0) }
        return (coordinatedBefore(m, scope: scope), 0.7)
    }

    /// `m` and the actors listed right before it ("Mali, Chad and Niger" ending at `m`), in text order.
    private func coordinatedBefore(_ m: Int, scope: Range<Int>) -> [Int] {
        var found = [m]
        var k = mentions[m].start - 1
        // "Labour and the Tories": an article may stand between the conjunction and the name.
        while k > scope.lowerBound, mentionAt[k] == nil, WordClass.determiners.contains(table.lower[k]) { k -= 1 }
        while k - 1 >= scope.lowerBound, ["and", "or", ","].contains(table.lower[k]), let other = mentionEnding(at: k - 1) {
            found.append(other)
            k = mentions[other].start - 1
            while k > scope.lowerBound, mentionAt[k] == nil, WordClass.determiners.contains(table.lower[k]) { k -= 1 }
        }
        return found.reversed()
    }

    /// The mention that ends exactly at token `i`, if any.
    func mentionEnding(at i: Int) -> Int? {
        guard let m = mentionAt[i], mentions[m].end == i + 1 else { return nil }
        return m
    }

    /// Quantity nouns whose "of" phrase is what acts: "thousands of troops", "a contingent of police".
    static let quantities: Set<String> = [
        "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "most", "several", "all",
        "contingent", "convoy", "group", "team", "unit", "battalion", "number", "delegation", "wave", "column",
    ]

    private func leftSubjects(from start: Int, scope: Range<Int>) -> (mentions: [Int], confidence: Double) {
        var j = start
        while j >= scope.lowerBound, isAdverb(j) { j -= 1 }
        guard j >= scope.lowerBound else { return ([], 0) }
        var confidence = 0.9
        if table.lower[j] == ")", let open = (scope.lowerBound..<j).last(where: { table.lower[$0] == "(" }) {
            j = open - 1  // "The Long Name (LN) said": the bracketed short form belongs to the name
            guard j >= scope.lowerBound else { return ([], 0) }
        }
        if table.lower[j] == "," {
            // "Niger, among several …, has strengthened": skip the parenthetical back to its opening comma.
            guard let open = (scope.lowerBound..<j).last(where: { table.lower[$0] == "," }), open - 1 >= scope.lowerBound else {
                return ([], 0)
            }
            // "the Paris, Amsterdam and Lisbon exchanges, could offer": a list of names, not an aside.
            if mentionAt[open + 1] != nil, ((open + 1)..<j).contains(where: { ["and", "or"].contains(table.lower[$0]) }) {
                return ([], 0)
            }
            j = open - 1
            confidence = 0.8
        }
        guard let last = mentionEnding(at: j) else { return ([], 0) }
        var found = [last]
        var k = mentions[last].start - 1
        var beforeArticle = k
        while beforeArticle > scope.lowerBound, WordClass.determiners.contains(table.lower[beforeArticle]) { beforeArticle -= 1 }
        // "Labour and the Tories": an article may stand between the conjunction and a name.
        while beforeArticle - 1 >= scope.lowerBound, ["and", "or", ","].contains(table.lower[beforeArticle]),
              let m = mentionEnding(at: beforeArticle - 1) {
            found.append(m)
            k = mentions[m].start - 1
            beforeArticle = k
            while beforeArticle > scope.lowerBound, WordClass.determiners.contains(table.lower[beforeArticle]) { beforeArticle -= 1 }
        }
        // A name after a preposition is that preposition's object ("troops from Mali attacked"), and one after
        // a verb is that verb's object ("reopening the Line … would be"): neither is the subject.
        var before = k
        while before >= scope.lowerBound, ["the", "a", "an", "its", "his", "her", "their", "our"].contains(table.lower[before]) { before -= 1 }
        // "Thousands of Ethiopian troops crossed …": after a quantity, "of" introduces the subject itself.
        let quantified = before - 1 >= scope.lowerBound && table.lower[before] == "of" && Self.quantities.contains(table.lower[before - 1])
        if before >= scope.lowerBound, !quantified,
           WordClass.prepositions.contains(table.lower[before]) && !WordClass.subordinators.contains(table.lower[before])
            || table.lower[before].hasSuffix("ing") && !table.isClosedClass(before) && !table.isCapitalised(before)
            // "waste from countries such as X will be stored": the examples of a noun, not the subject.
            || table.lower[before] == "as" && before - 1 >= scope.lowerBound && table.lower[before - 1] == "such" {
            return ([], 0)
        }
        // "rejected allegations (that) he pressured Y": the clause is what is alleged, not what happened.
        var content = k
        if content >= scope.lowerBound, table.lower[content] == "that" { content -= 1 }
        if content >= scope.lowerBound, WordClass.contentNouns.contains(table.lower[content]), !table.isVerbal(content, in: range) {
            return ([], 0)
        }
        if found.count > 1 { confidence -= 0.1 }
        return (found.reversed(), confidence)
    }
}
