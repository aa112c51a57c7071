/// Statements from the parse: subject × object per predicate, passives turned active, speakers as sources.
extension DependencyReader {
    /// Every statement of the parsed sentence, in order of predicate.
    func statements(entityNames: [String]) -> [ClauseReader.Statement] {
        let sources = speakers(entityNames: entityNames)
        var result: [ClauseReader.Statement] = []
        var consumed: Set<Int> = []
        for v in range where table.upos(v) == "VERB" && !consumed.contains(v) && mentionAt[v] == nil
            && !WordClass.isPersonNounNeverVerb(table.lower[v]) {
            let lemma = table.verbLemma(v)
            if WordClass.reportingVerbs.contains(lemma) { continue }
            // "would have been giving X …": what did not happen.
            let auxiliaries = kids(v, ["aux"]).map { table.lower[$0] }
            if auxiliaries.contains("have"), auxiliaries.contains(where: WordClass.counterfactualModals.contains) { continue }
            var predicate = v
            var words = [lemma]
            // "threatened to leave": the infinitive completes the verb when the verb has no object itself.
            if kids(v, ["obj", "iobj"]).isEmpty, let x = kids(v, ["xcomp"]).first(where: { table.upos($0) == "VERB" }) {
                words.append(lemma == "have" ? "" : "to")
                words.append(table.verbLemma(x))
                if lemma == "have" { words = [table.verbLemma(x)] }
                predicate = x
                consumed.insert(x)
            }
            // "turned the offer down", "called off the talks": the particle belongs to the verb wherever it stands.
            words += kids(predicate, ["compound:prt"]).map { table.lower[$0] }
            words += movedParticle(of: predicate).map { [table.lower[$0]] } ?? []
            let negated = !kids(v, ["advmod"]).filter { WordClass.negations.contains(table.lower[$0]) || table.lower[$0] == "yet" }.isEmpty
                || !kids(predicate, ["advmod"]).filter { WordClass.negations.contains(table.lower[$0]) }.isEmpty
                // "has no plans for Y": the relation holds the object noun, so its "no" denies the relation.
                || kids(predicate, ["obj"]).contains { o in kids(o, ["det"]).contains { table.lower[$0] == "no" } }
            let (subjectHeads, passive, confidence) = subjects(of: v)
            // "could sue Y", "may buy Y": a possible act keeps its modal (`ClauseReader.hedge(of:scope:)`).
            let modal = auxiliaries.lazy.compactMap { ClauseReader.hedgingModals[$0] }.first
            if let modal { words.insert(modal, at: 0) }
            // "X, whose brands include Y": the owned noun is part of the relation ("brands include").
            if let s = kids(v, ["nsubj", "nsubj:pass"]).first, whoseOwner(of: s) != nil { words.insert(table.lower[s], at: 0) }
            // A subject must name its actor itself: "Clarke's amendment will be debated" is not about Clarke.
            let subjects = subjectHeads.compactMap { head in actor(at: head).flatMap { $0.words.isEmpty ? $0.mention : nil } }
            guard !subjects.isEmpty, confidence > 0 else { continue }
            let source = sources[v]
            let make = { (s: Int, rel: String, o: Int, conf: Double) in
                ClauseReader.Statement(subject: s, relation: rel.split(separator: " ").joined(separator: " "), object: o,
                                       surface: table.text(min(v, predicate)..<(max(v, predicate) + 1)),
                                       confidence: conf, negated: negated, position: v, source: source)
            }
            if passive {
                for agent in kids(predicate, ["obl", "obl:agent"]) where kids(agent, ["case"]).contains(where: { table.lower[$0] == "by" }) {
                    for a in conjuncts(agent).compactMap({ head in actor(at: head).flatMap { $0.words.isEmpty ? $0.mention : nil } }) {
                        for s in subjects { result.append(make(a, ([modal].compactMap { $0 } + [lemma]).joined(separator: " "), s, confidence)) }
                    }
                }
                continue
            }
            let directObjects = kids(predicate, ["obj", "iobj"])
            var objectWords: [String] = []
            // An object before its verb is a misparse in an English statement ("Adviser X, director Y and Z were
            // voted out" read as X being voted by Z).
            for o in directObjects where o > predicate {
                // "hoped Mr Blunkett would survive": a name with its own verb after it heads a clause.
                if let m = mentionAt[o], mentions[m].end < range.upperBound,
                   table.isAuxiliary(mentions[m].end) || table.isMainVerb(mentions[m].end, in: range) && !table.lower[mentions[m].end].hasSuffix("ing") {
                    continue
                }
                if let found = actor(at: o) {
                    // "made his debut for X against Y": a later phrase still completes the object noun's relation.
                    if mentionAt[o] == nil { objectWords = [table.relationWord(o, in: range)] }
                    let given = relation(o) == "iobj" ? givenWords(besides: o, of: predicate, lemma: lemma) : []
                    for target in conjuncts(o).compactMap({ actor(at: $0) }) where target.mention == found.mention || target.words.isEmpty {
                        let sure = found.words.isEmpty ? confidence : confidence - 0.05
                        for s in subjects { result.append(make(s, (words + found.words + given).joined(separator: " "), target.mention, sure)) }
                    }
                } else {
                    objectWords = [table.relationWord(o, in: range)]
                    if let (target, prep) = actorInside(o) {
                        for s in subjects { result.append(make(s, (words + objectWords + [prep]).joined(separator: " "), target, confidence - 0.1)) }
                    }
                }
            }
            // "filed a claim against Y", "makes his debut for X against Y" (the noun misparsed as xcomp): the other party
            // named inside the object noun, as sure as an "against" phrase of the verb.
            let objectNouns = directObjects + kids(predicate, ["xcomp"]).filter { table.upos($0) == "NOUN" }
            for o in objectNouns where o > predicate && mentionAt[o] == nil {
                for (target, prep) in counterparts(inside: o) {
                    let rel = (words + [table.relationWord(o, in: range), prep]).joined(separator: " ")
                    for s in subjects { result.append(make(s, rel, target, confidence)) }
                }
            }
            for obl in kids(predicate, ["obl", "obl:npmod"]) {
                // Only an actor heading the phrase: "in the heptathlon in Athens" says nothing about Athens.
                // ("respond to Russia's move" keeps Russia: a possessor is the phrase's actor.)
                guard let prep = kids(obl, ["case"]).first, let found = actor(at: obl),
                      found.words.isEmpty || kids(obl, ["nmod:poss"]).contains(where: { mentionAt[$0] == found.mention }) else { continue }
                // "played against Y", "signed a deal with Y": these prepositions name a counterpart, not a place or
                // a time, so the phrase is as sure as a direct object.
                let joint = table.lower[prep] == "with" && isJointAct(lemma: lemma, objects: objectNouns)
                let sure = Self.counterpartPrepositions.contains(table.lower[prep]) || joint ? confidence : confidence - 0.05
                for target in conjuncts(obl).compactMap({ actor(at: $0)?.mention }) {
                    let rel = (words + objectWords + [table.lower[prep]] + found.words).joined(separator: " ")
                    for s in subjects { result.append(make(s, rel, target, sure)) }
                }
            }
        }
        return result + appositions(sources: sources) + speechStatements() + placements() + nominalStatements() + agentNominalStatements()
            + supporterStatements() + visitStatements() + workStatements() + affiliationStatements()
    }

    /// "X, a specialist … for the Y Foundation": X —specialist for→ Y, for organisations and countries.
    /// "X, chairman and founder of Y": coordinated role nouns share the "of" phrase the parser hangs on the last.
    /// "X - then adviser to Y -": a dash opens an aside as a comma does. A person is the object only right after
    /// a role or kin noun ("adviser to President Y", "the wife of Y"), never deeper in the phrase.
    private func appositions(sources: [Int: String]) -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for a in range where relation(a) == "appos" && mentionAt[a] == nil && table.upos(a) == "NOUN" && opensAside(subtree(a).lowerBound) {
            guard let m = mentionAt[table.document.heads[a]], mentions[m].entity >= 0, mentions[m].kind == .name else { continue }
            let coordinated = conjuncts(a).sorted()
            let nouns = coordinated.count > 1 && coordinated.allSatisfy({ mentionAt[$0] == nil && WordClass.roleNouns.contains(table.lower[$0]) })
                ? coordinated : [a]
            // "Shape of the Moon - a study of a family in Indonesia -": a dash also sets off descriptions of
            // works; only a role or kin noun there ("- then adviser to Y -") states a tie.
            if !opensAside(subtree(a).lowerBound, marks: [","]),
               !nouns.contains(where: { WordClass.roleNouns.contains(table.lower[$0]) || WordClass.kinNouns.contains(table.lower[$0]) }) { continue }
            let roles = nouns.map(roleWords).joined(separator: " and ")
            var frontier = nouns.flatMap { kids($0, ["nmod"]) }
            while let n = frontier.first {
                frontier.removeFirst()
                if let o = mentionAt[n], mentions[o].entity >= 0, mentions[o].entity != mentions[m].entity,
                   [.organization, .country, .other].contains(mentions[o].type) || isPersonalTie(of: n, nouns: nouns, object: o),
                   let prep = kids(n, ["case"]).first {
                    result.append(ClauseReader.Statement(subject: m, relation: roles + " " + table.lower[prep], object: o,
                                                         surface: table.text(min(a, n)..<(max(a, n) + 1)), confidence: Self.appositionConfidence, negated: false,
                                                         position: a, source: sources[a], isDescription: true))
                    break
                }
                frontier += kids(n, ["nmod"])
            }
            // "Halifax, the country's biggest mortgage lender,", "X, Y's wife": the apposition's possessor is the holder.
            // ("Bosch, the carmaker's chief executive Helmut Panke": a name right after the noun holds the role.)
            if result.last?.position != a, opensAside(subtree(a).lowerBound, marks: [","]), a + 1 >= range.upperBound || mentionAt[a + 1] == nil,
               let possessor = kids(a, ["nmod:poss"]).first,
               let o = mentionAt[possessor], mentions[o].entity >= 0, mentions[o].entity != mentions[m].entity, mentions[o].kind != .pronoun,
               [.organization, .country].contains(mentions[o].type) || isPersonalTie(of: possessor, nouns: nouns, object: o) {
                result.append(ClauseReader.Statement(subject: m, relation: roles + " of", object: o,
                                                     surface: table.text(min(a, possessor)..<(max(a, possessor) + 1)),
                                                     confidence: Self.appositionConfidence, negated: false, position: a,
                                                     source: sources[a], isDescription: true))
            }
        }
        return result
    }

    /// "gave Y the award": the receiver's relation names what was given and marks the receiver ("give award to"),
    /// as `ClauseReader.givenThing(after:predicate:scope:)` does; only the preposition when the thing is a name.
    private func givenWords(besides receiver: Int, of predicate: Int, lemma: String) -> [String] {
        // Only verbs of giving, and a thing after the receiver: parsers also label "urged Labour supporters" so.
        guard let preposition = ClauseReader.givingVerbs[lemma],
              let thing = kids(predicate, ["obj"]).first(where: { $0 > subtree(receiver).upperBound }) else { return [] }
        return mentionAt[thing] != nil ? [preposition] : [table.relationWord(thing, in: range), preposition]
    }

    /// A comma or dash right at (or before) the first token of an aside.
    private func opensAside(_ first: Int, marks: [String] = [",", "-", "–", "—"]) -> Bool {
        return marks.contains(table.lower[first]) || first > range.lowerBound && marks.contains(table.lower[first - 1])
    }

    /// "adviser to President Y", "the wife of Y": a person named directly in a role or kin noun's own phrase.
    private func isPersonalTie(of n: Int, nouns: [Int], object o: Int) -> Bool {
        let head = table.document.heads[n]
        return mentions[o].type == .person && mentions[o].kind == .name && nouns.contains(head)
            && (WordClass.roleNouns.contains(table.lower[head]) || WordClass.kinNouns.contains(table.lower[head]))
    }

    /// The role noun `a` with the modifiers written right before it ("vice president", "former head"):
    /// dropping them would state a different role.
    private func roleWords(_ a: Int) -> String {
        var start = a
        let modifiers = Set(kids(a, ["compound", "amod"]))
        // A hyphenated modifier is one word ("third-biggest software firm"), though the tokenizer split it.
        while start - 1 >= range.lowerBound, mentionAt[start - 1] == nil {
            let word = table.hyphenatedWord(containing: start - 1, in: range)
            guard modifiers.contains(word.upperBound - 1),
                  word.allSatisfy({ t in table.lower[t].allSatisfy { $0.isLetter || $0 == "-" } }) else { break }
            start = word.lowerBound
        }
        var words: [String] = []
        var t = start
        while t <= a {
            let word = table.hyphenatedWord(containing: t, in: range)
            words.append(table.relationWord(t, in: range))
            t = max(word.upperBound, t + 1)
        }
        return words.joined(separator: " ")
    }

    /// Token → the speaker of the clause it is in ("He said [the move showed …]").
    private func speakers(entityNames: [String]) -> [Int: String] {
        var result: [Int: String] = [:]
        for v in range where table.upos(v) == "VERB" && WordClass.reportingVerbs.contains(table.verbLemma(v)) {
            guard let s = kids(v, ["nsubj"]).first else { continue }  // the speaker of a reporting verb
            let name: String
            if let m = mentionAt[s], mentions[m].entity >= 0, mentions[m].entity < entityNames.count {
                name = entityNames[mentions[m].entity]
            } else {
                name = table.text(subtree(s))
            }
            for clause in kids(v, ["ccomp", "parataxis"]) {
                for t in subtree(clause) { result[t] = name }
            }
        }
        return result
    }

    /// The tokens `i` dominates, as a contiguous range (parses here are projective).
    func subtree(_ i: Int) -> Range<Int> {
        var low = i, high = i
        var frontier = [i]
        while let next = frontier.popLast() {
            low = min(low, next)
            high = max(high, next)
            frontier += children(next)
        }
        return low..<(high + 1)
    }
}
