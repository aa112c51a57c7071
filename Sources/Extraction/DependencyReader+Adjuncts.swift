/// Gerund adjuncts: "went top after beating Y", "grew by buying Y and selling Z", "earned praise for turning Y
/// around". English gives such a clause no subject of its own; it is the subject of the clause it hangs on, so its
/// direct object is as sure as the governing verb's own (its obliques stay below the kept confidence).
extension DependencyReader {
    /// Subordinators that open a gerund adjunct ("after beating", "by buying"). "without" and "instead of" deny the
    /// act, and "of" makes a topic ("accused Y of helping Z"), so they are left out.
    static let adjunctMarks: Set<String> = ["after", "before", "by", "for", "while", "whilst", "since", "on", "upon",
                                            "in", "through", "despite", "when"]

    /// Nouns of praise and blame whose "for" clause is the reason, done by whoever received them ("won praise for").
    static let reasonNouns: Set<String> = ["praise", "credit", "plaudits", "acclaim", "criticism", "blame", "thanks",
                                           "recognition", "tributes", "applause", "fine", "ban", "award"]

    /// The verb whose subject is the subject of gerund `v`, when `v` opens an adjunct with a subordinator and has no
    /// subject itself: the verb it modifies (advcl), or the verb whose object noun the parser hung it on ("won praise
    /// for rescuing Y" read as the noun's clause). Nil for a clause of another kind.
    func gerundGovernor(_ v: Int) -> Int? {
        guard table.lower[v].hasSuffix("ing"), table.upos(v) == "VERB", kids(v, ["nsubj", "nsubj:pass"]).isEmpty,
              let mark = kids(v, ["mark"]).first(where: { $0 < v }), Self.adjunctMarks.contains(table.lower[mark]) else { return nil }
        var governor = table.document.heads[v]
        guard range.contains(governor) else { return nil }
        switch relation(v) {
        case "advcl":
            break
        case "acl":
            // "earned praise for turning Y around": the noun is the object of the verb whose subject acts. Only nouns
            // of praise and blame take their reason so ("plans for keeping Y" is a purpose, done by nobody named).
            guard table.upos(governor) == "NOUN", relation(governor) == "obj", mentionAt[governor] == nil,
                  Self.reasonNouns.contains(table.lower[governor]) else { return nil }
            governor = table.document.heads[governor]
        default:
            return nil
        }
        guard range.contains(governor), table.upos(governor) == "VERB" || table.upos(governor) == "AUX" else { return nil }
        // "praised Y for helping Z", "thanked fans for supporting Z", "drew up plans for selling Z": after an object "for" gives the object's
        // reason or purpose, not the subject's act, unless the object is praise or blame the subject received.
        if table.lower[mark] == "for",
           kids(governor, ["obj", "iobj"]).contains(where: { mentionAt[$0] != nil || !Self.reasonNouns.contains(table.lower[$0]) }) {
            return nil
        }
        return governor
    }

    /// The subjects of gerund adjunct `v` (see `gerundGovernor(_:)`) or of a gerund coordinated with one ("by
    /// buying Y and selling Z"), at the governing subject's own confidence; nil when `v` is no such clause.
    func adjunctSubjects(of v: Int, depth: Int) -> (heads: [Int], passive: Bool, confidence: Double)? {
        var clause = v
        // "by buying Y and selling Z": the second gerund shares the first one's subject.
        if relation(v) == "conj", table.lower[v].hasSuffix("ing"), kids(v, ["nsubj", "nsubj:pass"]).isEmpty,
           range.contains(table.document.heads[v]) {
            clause = table.document.heads[v]
        }
        guard let governor = gerundGovernor(clause) else { return nil }
        let inherited = subjects(of: governor, depth: depth + 1)
        // A passive governor's subject still does what the adjunct says ("was arrested after attacking Y").
        return (inherited.heads, false, min(inherited.confidence, 0.85))
    }

    /// Particles a verb leaves after its object ("turned Y around", "bought Y out").
    static let movedParticles: Set<String> = ["around", "round", "up", "down", "off", "out"]

    /// "turned Y around": the parser labels a particle after the object an adverb, but without it the relation
    /// says something else ("turn Y"). Only right after the object, and only when the verb has no particle yet.
    func movedParticle(of predicate: Int) -> Int? {
        guard kids(predicate, ["compound:prt"]).isEmpty,
              let object = kids(predicate, ["obj"]).first(where: { $0 > predicate }) else { return nil }
        let after = subtree(object).upperBound
        return kids(predicate, ["advmod"]).first { $0 == after && Self.movedParticles.contains(table.lower[$0]) }
    }

    /// Prepositions whose phrase names the other party of an act ("played against Y", "took action against Y"),
    /// unlike "in", "at" or "after", whose actors are mostly places and times ("met in Accra", "after Mali …").
    /// "with" was tried and left out: half its actors on unseen news were instruments, works or absolute clauses
    /// ("returned with his film Y", "with Y second").
    static let counterpartPrepositions: Set<String> = ["against"]

    /// The actors named by "against" phrases hung on noun `noun` ("a claim against Y", "his debut against Y"),
    /// with those coordinated with them, each with its preposition. "with" counts too after a noun of joint action
    /// ("signed a deal with Y", "held talks with Y").
    func counterparts(inside noun: Int) -> [(mention: Int, preposition: String)] {
        let joint = ClauseReader.reciprocalNouns.contains(table.lower[noun])
        var result: [(mention: Int, preposition: String)] = []
        for n in kids(noun, ["nmod"]) {
            guard let prep = kids(n, ["case"]).map({ table.lower[$0] }).first(where: { Self.counterpartPrepositions.contains($0) || joint && $0 == "with" })
            else { continue }
            for c in conjuncts(n) {
                if let found = actor(at: c), found.words.isEmpty { result.append((found.mention, prep)) }
            }
        }
        return result
    }

    /// Verbs done together with a "with" party besides `ClauseReader.reciprocalVerbs` ("worked with Y", "sided with Y").
    static let jointVerbs: Set<String> = ["work", "collaborate", "team", "side", "liaise"]

    /// True when a "with" phrase of the verb `lemma` names a partner rather than an instrument or a circumstance:
    /// the verb or one of its object nouns is of joint action ("met with Y", "held talks with Y"); "won the race with
    /// Y second" and "returned with his film Y" are not.
    func isJointAct(lemma: String, objects: [Int]) -> Bool {
        ClauseReader.reciprocalVerbs.contains(lemma) || Self.jointVerbs.contains(lemma)
            || objects.contains { mentionAt[$0] == nil && ClauseReader.reciprocalNouns.contains(table.lower[$0]) }
    }
}
