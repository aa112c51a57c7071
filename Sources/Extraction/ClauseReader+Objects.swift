/// Finding what a predicate acts on and spelling the relation: verb lemma, particle, the direct object's
/// head noun and the preposition before the object actor ("lift sanctions on").
extension ClauseReader {
    static let particles: Set<String> = ["up", "down", "off", "out", "back", "away", "along"]
    /// How far right of the verb an object may be.
    static let objectReach = 16
    /// State nouns naming the people a state sends, kept in the relation: "expel ambassador of".
    static let envoyNouns: Set<String> = ["ambassador", "envoy", "diplomats", "delegation", "negotiators", "embassy"]

    /// Objects of `predicate` inside `scope`: the first actor mention before a clause boundary and the
    /// actors coordinated with it, plus the relation words read on the way.
    func objects(of predicate: Predicate, scope: Range<Int>) -> (mentions: [Int], relation: String, distance: Int)? {
        var words = [predicate.passive ? "be " + table.lower[predicate.head] : predicate.lemma]
        var j = predicate.head + 1
        if j < scope.upperBound, Self.particles.contains(table.lower[j]), mentionAt[j] == nil { words.append(table.lower[j]); j += 1 }
        let first = j
        var objectNoun: String?
        var inFirstPhrase = true
        var preposition: String?
        var prepositionAt: Int?
        var prepositionCount = 0
        var nounInPhrase = false
        var listed = false
        while j < scope.upperBound && j - first < Self.objectReach {
            if let m = mentionAt[j], mentions[m].kind != .pronoun || mentions[m].entity >= 0, !isPossessivePronoun(m, scope: scope) {
                if mentions[m].entity < 0 || isModifier(m, scope: scope) {
                    j = mentions[m].end
                    nounInPhrase = true
                    continue
                }
                // "a member of Y" needs its noun; a bare "is … Y" says nothing.
                let hasPreposition = j - 1 >= first && WordClass.prepositions.contains(table.lower[j - 1])
                    || (j - 2 >= first && WordClass.prepositions.contains(table.lower[j - 2]) && WordClass.determiners.contains(table.lower[j - 1]))
                if predicate.lemma == "be" && (objectNoun == nil || j - first > 6 || !hasPreposition) { return nil }
                if let noun = objectNoun { words.append(noun) }
                var p = j - 1
                while p >= first, WordClass.determiners.contains(table.lower[p]) { p -= 1 }
                var direct = !(p >= first && WordClass.prepositions.contains(table.lower[p]))
                if listed {
                    // "bought several firms, including X": X is the object; "deals with firms, including X": X is
                    // reached through the group noun's preposition.
                    let through = prepositionAt.flatMap { table.lower[$0] == "than" ? nil : $0 }  // "more than 25 films"
                    direct = through == nil
                    p = through ?? p
                } else if direct, let q = prepositionAt, prepositionCount == 1, objectNoun != nil || table.lower[q] != "of",
                          describesName(q + 1..<j) {
                    // "performed a duet with boyfriend X": the nouns before the name describe it, the
                    // preposition is still the name's.
                    direct = false
                    p = q
                }
                if !direct { words.append(table.lower[p]) }
                // "emphasised she had said …": a name followed by its own verb opens a new clause.
                if opensClause(after: m, scope: scope) { return nil }
                var found = coordinated(from: m, scope: scope)
                // "the Accra, Lome and Cotonou exchanges": a list whose last name qualifies a noun names no actor.
                if let next = mentions[found[found.count - 1]].end < scope.upperBound ? mentions[found[found.count - 1]].end : nil,
                   ["and", "or", ","].contains(table.lower[next]), next + 1 < scope.upperBound,
                   let after = mentionAt[table.lower[next + 1] == "and" || table.lower[next + 1] == "or" ? next + 2 : next + 1],
                   isModifier(after, scope: scope) {
                    return nil
                }
                if possessesWork(m, scope: scope) { return nil }
                if let (head, noun) = possessed(by: m, scope: scope) {
                    // "respond to Russia's move": Russia stays the actor, the move joins the relation.
                    if let head { found = [head] } else if let noun { words += [noun, "of"] }
                }
                // "expelled the Swedish ambassador": the state's envoy is who was acted on, and the relation says so.
                let last = mentions[found[0]].end - 1
                if found.count == 1, Self.envoyNouns.contains(table.lower[last]) {
                    words += [table.lower[last], "of"]
                }
                let end = mentions[found[found.count - 1]].end
                if direct, words.count == 1, let particle = movedParticle(after: end, predicate: predicate, scope: scope) {
                    words.append(particle)  // "turned Y down"
                } else if direct, words.count == 1, let given = givenThing(after: end, predicate: predicate, scope: scope) {
                    words += given  // "gave Y the award" → "give award to"
                }
                if direct, let goal = goalPhrase(after: end, scope: scope) { words += goal }
                return (found, words.joined(separator: " "), j - first)
            }
            // "sought a tie-up with", "singled out stand-in flankers": a hyphenated word is one word of the phrase,
            // whatever its halves are tagged.
            let hyphenated = table.hyphenatedWord(containing: j, in: range)
            if hyphenated.count > 1, hyphenated.lowerBound == j,
               !hyphenated.contains(where: { mentionAt[$0] != nil }),
               // "were well-beaten by": after an auxiliary the hyphenated word is the clause's verb.
               !(j > scope.lowerBound && table.isAuxiliary(j - 1) && hyphenated.contains(where: { table.isMainVerb($0, in: range) })) {
                if listed, table.isCapitalised(j) { return nil }  // "such as the C-17 aircraft and X": a list of things
                if inFirstPhrase, headsPhrase(hyphenated, scope: scope) { objectNoun = table.relationWord(j, in: range) }
                nounInPhrase = true
                j = hyphenated.upperBound
                continue
            }
            if nounInPhrase, let after = listStart(at: j, scope: scope) {
                // "bought several firms, including X and Y": the listed actors are what the verb acts on, and the
                // group noun leaves the relation when it was the object itself.
                if inFirstPhrase, !["have", "be"].contains(predicate.lemma) { objectNoun = nil }  // "has rivals including X"
                inFirstPhrase = false
                listed = true
                nounInPhrase = false
                j = after
                continue
            }
            if isBoundary(j, scope: scope) { return nil }
            let w = table.lower[j]
            // Between "including" and the first listed actor only words describing it: "including former coach X",
            // not "including one from X" or "including dates in X".
            if listed, !WordClass.determiners.contains(w), table.isCapitalised(j) || !["NOUN", "ADJ", "NUM"].contains(table.upos(j) ?? "") {
                return nil
            }
            let determinerLike = ["the", "a", "an", "his", "her", "their", "its", "our"].contains(w)
            if w == "as" && j > first { return nil }  // "known as X" yes; "was speaking as X warned" no
            // "rejected the proposal and Germany's parties have opposed it": "and" starts another clause.
            if nounInPhrase, ["and", "but", "while"].contains(w), clauseFollows(j + 1, scope: scope) { return nil }
            if nounInPhrase, w.hasSuffix("ing"), w.count > 4, !table.isClosedClass(j) { return nil }  // "citizens living on"
            // "seen as a key lieutenant his brother Ed": a second noun phrase with no preposition before it
            // belongs to another clause.
            if nounInPhrase, determinerLike,
               !WordClass.prepositions.contains(table.lower[j - 1]) {
                return nil
            }
            if WordClass.prepositions.contains(w) || table.isPossessive(j) {
                // Only "of" phrases belong to the object ("delegation of representatives to Niger"); a noun in
                // any other phrase ("supporters in Tyneside") takes the actor away from the verb.
                if let p = preposition, p != "of", nounInPhrase { return nil }
                preposition = w
                prepositionAt = table.isPossessive(j) ? nil : j
                prepositionCount += 1
                nounInPhrase = false
                inFirstPhrase = false
            } else if !table.isClosedClass(j), !isAdverb(j), !table.isPunctuation(j) {
                let isNoun = table.upos(j).map { $0 == "NOUN" || $0 == "PROPN" || $0 == "VERB" && !table.isMainVerb(j, in: range) } ?? true
                if inFirstPhrase && isNoun { objectNoun = w }  // the last noun of the first phrase is its head
                nounInPhrase = true
            }
            j += 1
        }
        return nil
    }

    /// "took the UK to war", "led Y into recession": the goal phrase after a direct object belongs to the
    /// relation, which means something else without it.
    private func goalPhrase(after end: Int, scope: Range<Int>) -> [String]? {
        guard end + 1 < scope.upperBound, ["to", "into"].contains(table.lower[end]) else { return nil }
        var k = end + 1
        if WordClass.determiners.contains(table.lower[k]) { k += 1 }
        guard k < scope.upperBound, mentionAt[k] == nil, table.upos(k) == "NOUN", !table.isVerbal(k, in: range),
              !table.isCapitalised(k) else { return nil }
        // Only a bare noun: "to war", not "to the talks in Accra" or "to a report by …".
        if k + 1 < scope.upperBound, !table.isPunctuation(k + 1), !WordClass.coordinators.contains(table.lower[k + 1]),
           !WordClass.subordinators.contains(table.lower[k + 1]), table.upos(k + 1) != "ADV", table.upos(k + 1) != "VERB" {
            return nil
        }
        return [table.lower[end], table.lower[k]]
    }

    /// True when the name is the subject of a following verb ("emphasised she had said", "said Niger attacked
    /// Mali"), not a participle phrase hanging on it ("Niger accompanied by", "Mali, fighting").
    private func opensClause(after m: Int, scope: Range<Int>) -> Bool {
        let next = mentions[m].end
        guard next < scope.upperBound else { return false }
        if table.isAuxiliary(next) { return true }
        guard table.isMainVerb(next, in: range), !table.lower[next].hasSuffix("ing") else { return false }
        var k = next + 1
        while k < scope.upperBound, isAdverb(k) { k += 1 }
        return !(k < scope.upperBound && WordClass.prepositions.contains(table.lower[k]) && table.isParticiple(next))
    }

    /// True when a finite verb comes after `start` before any punctuation.
    private func clauseFollows(_ start: Int, scope: Range<Int>) -> Bool {
        var k = start
        while k < scope.upperBound, !table.isPunctuation(k) {
            if table.isAuxiliary(k) { return true }
            if table.isMainVerb(k, in: range), mentionAt[k] == nil, !table.lower[k].hasSuffix("ing"), k > start,
               table.lower[k - 1] != "to" {
                return true
            }
            k += 1
        }
        return false
    }

    /// "his brother", "her party": a possessive pronoun is a determiner here, not an actor.
    private func isPossessivePronoun(_ m: Int, scope: Range<Int>) -> Bool {
        guard mentions[m].kind == .pronoun, ["his", "her", "my", "our"].contains(table.lower[mentions[m].start]) else { return false }
        let next = mentions[m].end
        return table.lower[mentions[m].start] != "her"
            || (next < scope.upperBound && !table.isPunctuation(next) && !table.isClosedClass(next) && !table.isVerbal(next, in: range))
    }

    /// A name that only modifies the noun after it ("a Commons debate", "the Jerwood prize").
    func isModifier(_ m: Int, scope: Range<Int>) -> Bool {
        var next = mentions[m].end
        // "the Tory 'lies'": a scare-quoted noun is still the noun the name qualifies.
        if next + 1 < scope.upperBound, ["'", "‘", "\"", "“"].contains(table.lower[next]) { next += 1 }
        // "the Virginia-based firm", "Russia-backed rebels": the name is half of a hyphenated adjective.
        if next + 1 < scope.upperBound, table.lower[next] == "-", table.lower[next + 1].first?.isLowercase == true { return true }
        guard next < scope.upperBound, !table.isPunctuation(next), !table.isCapitalised(next),
              !table.isClosedClass(next), !table.isPossessive(next), !table.lower[next].hasSuffix("ing") else { return false }
        // "from the IMF last year": a time phrase follows the name, it does not qualify it.
        if ["last", "next", "this", "earlier", "later", "yesterday", "today", "tonight", "overnight"].contains(table.lower[next]) {
            return false
        }
        return !table.isVerbal(next, in: range) && table.upos(next).map { $0 == "NOUN" || $0 == "ADJ" } ?? true
    }

    /// "Eric Clapton's 1991 hit Tears In Heaven": the possessed phrase is a work with its title, so the
    /// possessor is not what the verb acts on ("Gordon Brown's Budget" and "Britain's Davis Cup team" still are).
    private func possessesWork(_ m: Int, scope: Range<Int>) -> Bool {
        let marker = mentions[m].end
        guard marker < scope.upperBound, table.isPossessive(marker) else { return false }
        var j = marker + 1, sawWork = false
        while j < scope.upperBound, !table.isPunctuation(j), !table.isClosedClass(j), !table.isVerbal(j, in: range) {
            if mentionAt[j] != nil { return false }
            if sawWork, table.isCapitalised(j), !table.isAllCaps(j) { return true }
            sawWork = sawWork || (WordClass.workNouns.contains(table.lower[j]) && table.upos(j) == "NOUN")
            j += 1
        }
        return false
    }

    /// After "X's": the name it possesses ("Hitler's Germany") or the head noun ("Russia's move").
    private func possessed(by m: Int, scope: Range<Int>) -> (Int?, String?)? {
        let marker = mentions[m].end
        guard marker < scope.upperBound, table.isPossessive(marker) else { return nil }
        var j = marker + 1
        var noun: String?
        while j < scope.upperBound, !table.isPunctuation(j), !table.isClosedClass(j), !table.isVerbal(j, in: range) {
            if let other = mentionAt[j], mentions[other].entity >= 0 {
                guard isModifier(other, scope: scope) else { return (other, nil) }
                j = mentions[other].end  // "Blair's Tory 'lies'": the name qualifies the possessed noun
                if j < scope.upperBound, ["'", "‘", "\"", "“"].contains(table.lower[j]) { j += 1 }
                continue
            }
            // "Blair's longest-serving prime minister", "Petrov's call-up": the whole hyphenated word.
            noun = table.relationWord(j, in: range)
            j = table.hyphenatedWord(containing: j, in: range).upperBound
        }
        return (nil, noun)
    }

    /// "rivals including", "firms, including", "countries such as": after a common noun, where a list of examples
    /// starts (the index after "including" or "such as"); nil elsewhere.
    private func listStart(at j: Int, scope: Range<Int>) -> Int? {
        // Only after a plural: "stars including X" lists them; "an award at the ceremony including X" does not.
        guard j > scope.lowerBound, table.upos(j - 1) == "NOUN" || !table.tagged && !table.isClosedClass(j - 1),
              table.xpos(j - 1).map({ $0 == "NNS" }) ?? table.lower[j - 1].hasSuffix("s"),
              mentionAt[j - 1] == nil, !table.isCapitalised(j - 1) else { return nil }
        var k = j
        if table.lower[k] == ",", k + 1 < scope.upperBound { k += 1 }
        if table.lower[k] == "including" { return k + 1 }
        if table.lower[k] == "such", k + 1 < scope.upperBound, table.lower[k + 1] == "as" { return k + 2 }
        return nil
    }

    /// "with boyfriend X", "against former coach X", "to little-known investment firm X": up to four nouns or
    /// adjectives (and determiners) that describe the name after them, so a preposition before them is the name's.
    private func describesName(_ tokens: Range<Int>) -> Bool {
        let words = tokens.filter { table.lower[$0] != "-" && !WordClass.determiners.contains(table.lower[$0]) }
            .map { table.hyphenatedWord(containing: $0, in: range).lowerBound }
        guard !tokens.isEmpty, Set(words).count <= 4, WordClass.prepositions.contains(table.lower[tokens.lowerBound - 1]),
              !["including", "excluding", "than", "like"].contains(table.lower[tokens.lowerBound - 1]) else { return false }
        return tokens.allSatisfy { k in
            // "state-owned", "Grammy-winning": any part of a hyphenated word.
            if table.hyphenatedWord(containing: k, in: range).count > 1 { return mentionAt[k] == nil }
            // "to Korean player X", "against French Open champion X": a name that only qualifies the noun after it.
            if let m = mentionAt[k] { return isModifier(m, scope: range) }
            // "with Chinese carmaker X": a capitalised word only as an adjective.
            return (!table.isCapitalised(k) || table.upos(k) == "ADJ") && !table.isPossessive(k)
                && (WordClass.determiners.contains(table.lower[k]) || ["NOUN", "ADJ", "NUM", "ADV"].contains(table.upos(k) ?? ""))
        }
    }

    /// A hyphenated noun heads its phrase ("a tie-up with", "a hat-trick of"), unless a noun or name follows it
    /// ("stand-in flankers", "fast-food giant X", "10-man Magpies") or it is an adjective ("17-year-old", "loss-making").
    private func headsPhrase(_ word: Range<Int>, scope: Range<Int>) -> Bool {
        let last = table.lower[word.upperBound - 1]
        guard word.contains(where: { table.upos($0) == "NOUN" }) || !table.tagged,
              table.lower[word.lowerBound].first?.isNumber != true,
              !last.hasSuffix("ing"), !last.hasSuffix("ed"), last != "old" else { return false }
        let next = word.upperBound
        guard next < scope.upperBound else { return true }
        return mentionAt[next] == nil && !["NOUN", "PROPN", "ADJ"].contains(table.upos(next) ?? "")
    }

    /// Where an object search stops: punctuation that closes the clause, a relative or subordinate clause,
    /// or the next verb.
    private func isBoundary(_ j: Int, scope: Range<Int>) -> Bool {
        let w = table.lower[j]
        if [",", ";", ":", "(", ")", "\"", "“", "”", "—", "–"].contains(w) { return true }
        if WordClass.relativePronouns.contains(w) || (WordClass.subordinators.contains(w) && w != "as") { return true }
        if WordClass.coordinators.contains(w), j + 1 < scope.upperBound, table.isVerbal(j + 1, in: range) { return true }
        if w == "to", j + 1 < scope.upperBound, table.isMainVerb(j + 1, in: range), mentionAt[j + 1] == nil { return true }
        return table.isMainVerb(j, in: range) && mentionAt[j] == nil
    }

    /// `m` and the actors listed with it: "Mali, Burkina Faso and Niger".
    func coordinated(from m: Int, scope: Range<Int>) -> [Int] {
        var found = [m]
        var k = mentions[m].end
        while k + 1 < scope.upperBound, ["and", "or", ","].contains(table.lower[k]) {
            var next = k + 1
            if table.lower[next] == "and" || table.lower[next] == "or" { next += 1 }
            while next < scope.upperBound, mentionAt[next] == nil, WordClass.determiners.contains(table.lower[next]) { next += 1 }
            // "moved to Malibu, and Manson knew …": a name with its own verb opens the next clause.
            guard next < scope.upperBound, let other = mentionAt[next], mentions[other].start == next,
                  mentions[other].entity >= 0, !isModifier(other, scope: scope), !opensClause(after: other, scope: scope) else { break }
            found.append(other)
            k = mentions[other].end
        }
        return found
    }

    /// The "by" of a passive's agent phrase: after the participle, its particle and adverbs, or after one
    /// "as"/"to" phrase ("replaced as the member for X by Y"); nil when a clause boundary comes first.
    func byToken(after predicate: Predicate, scope: Range<Int>) -> Int? {
        var j = predicate.head + 1
        while j < scope.upperBound, isAdverb(j) || Self.particles.contains(table.lower[j]) || table.lower[j] == "over" { j += 1 }
        j = table.scoreEnd(at: j, in: scope)  // "beaten 33-15 by Samoa"
        var k = j
        while k < scope.upperBound && k < j + 10 {
            if table.lower[k] == "by" { return k }
            if k > j && (table.lower[k] == "," || table.isVerbal(k, in: range) || WordClass.relativePronouns.contains(table.lower[k])) { return nil }
            if k == j && !["as", "to", "in", "on", "at", "for"].contains(table.lower[k]) { return nil }
            k += 1
        }
        return nil
    }

    /// The agent of a passive: the actor right after "by" (adverbs may come between).
    func agents(of predicate: Predicate, scope: Range<Int>) -> [Int] {
        guard let by = byToken(after: predicate, scope: scope), by + 1 < scope.upperBound else { return [] }
        var start = by + 1
        // "by the flamboyant Alan Clark": articles and a few adjectives may precede the agent's name.
        while start < scope.upperBound, start <= by + 4, mentionAt[start] == nil,
              WordClass.determiners.contains(table.lower[start]) || !table.isClosedClass(start) && !table.isPunctuation(start)
                && !table.isCapitalised(start) && !table.isVerbal(start, in: range) { start += 1 }
        guard start < scope.upperBound, let m = mentionAt[start], mentions[m].start == start, mentions[m].entity >= 0,
              !isModifier(m, scope: scope), !(mentions[m].end < scope.upperBound && table.isPossessive(mentions[m].end)) else { return [] }
        return coordinated(from: m, scope: scope)
    }
}
