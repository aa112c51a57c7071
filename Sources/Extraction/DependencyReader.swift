/// Reads one parsed sentence clause by clause: a predicate's nsubj/nsubj:pass, obj, obl (+ case), xcomp chains,
/// conj of arguments, relative clauses (acl:relcl), reduced relatives (acl), and subjects shared with the
/// governing verb (advcl, conj, xcomp). Uses the same mentions and entities as the surface rules.
struct DependencyReader {
    let table: TokenTable
    let mentions: [Mention]
    let mentionAt: [Int: Int]
    let range: Range<Int>
    /// The dependents of each token of the sentence, by offset from `range.lowerBound`, in token order.
    private var dependents: [[Int]]
    /// Confidence given to "X, a NOUN of Y" readings.
    static let appositionConfidence = 0.66
    /// Prepositions that make a clause with its own subject a topic or a wish ("about X joining", "for X to go").
    static let topicMarkers: Set<String> = ["for", "about", "of", "on", "against", "over", "without"]

    init(table: TokenTable, mentions: [Mention], mentionAt: [Int: Int], range: Range<Int>) {
        self.table = table
        self.mentions = mentions
        self.mentionAt = mentionAt
        self.range = range
        dependents = Array(repeating: [], count: range.count)
        for i in range {
            let head = table.document.heads[i]
            if range.contains(head) { dependents[head - range.lowerBound].append(i) }
        }
    }

    func relation(_ i: Int) -> String { table.document.deprels[i] }

    /// The dependents of `i` inside the sentence, in token order (none for a token outside it).
    func children(_ i: Int) -> [Int] { range.contains(i) ? dependents[i - range.lowerBound] : [] }

    /// Children of `i` whose label is exactly one of `labels` (a short list: a set would be built per call).
    func kids(_ i: Int, _ labels: [String]) -> [Int] {
        children(i).filter { labels.contains(relation($0)) }
    }

    /// `i` and the nouns coordinated with it.
    func conjuncts(_ i: Int) -> [Int] {
        var result = [i]
        var frontier = [i]
        while let next = frontier.popLast() {
            for c in kids(next, ["conj"]) where !result.contains(c) && table.upos(c) != "VERB" {
                result.append(c)
                frontier.append(c)
            }
        }
        return result.sorted()
    }

    /// The resolved mention a noun-phrase head stands for, and words the phrase adds to the relation
    /// ("Russia's move" → Russia, "move of"; "the government of President X" → X, "government of").
    func actor(at head: Int) -> (mention: Int, words: [String])? {
        if let m = mentionAt[head], mentions[m].entity >= 0 {
            // "Harrow Rovers manager Piet Olsen" headed by the club: the club only qualifies the role.
            let after = mentions[m].end
            if after < range.upperBound, mentions[m].type != .person, let holder = namedHolder(ofRole: after, underRole: false) {
                return (holder, [])
            }
            return (m, [])
        }
        if let m = namedHolder(ofRole: head, underRole: true) { return (m, []) }
        // "thrashed Everton 4-0": the parser often heads the object with the score and hangs the side on it.
        if head > range.lowerBound, table.scoreEnd(at: head, in: range) > head, let m = mentionAt[head - 1],
           mentions[m].entity >= 0, mentions[m].end == head, table.document.heads[head - 1] == head {
            return (m, [])
        }
        // A capitalised head that is no actor is a title or an unknown name ("Clapton's hit Tears In Heaven",
        // "Microsoft's Windows"): its possessor is no argument of the verb, and its words make no relation.
        if head > range.lowerBound, table.isCapitalised(head), !table.isAllCaps(head) { return nil }
        // "told AP news agency", "the Globex group": a compound name before an organisation noun is the organisation.
        if WordClass.organizationDescriptionHeads.contains(table.lower[head]) || MentionDetector.kindNouns[table.lower[head]] != nil,
           let m = kids(head, ["compound"]).lazy.compactMap({ self.mentionAt[$0] }).first(where: { self.mentions[$0].entity >= 0 }),
           [.organization, .other].contains(mentions[m].type) {
            return (m, [])
        }
        if let possessor = kids(head, ["nmod:poss"]).first, let m = mentionAt[possessor], mentions[m].entity >= 0,
           mentions[m].kind != .pronoun {
            return (m, [table.relationWord(head, in: range), "of"])
        }
        // "the Shevardnadze regime", "the Bush administration": a name before a state noun stands for the state
        // it leads, as a country's name does for its government.
        if WordClass.stateNouns.contains(table.lower[head]),
           let m = kids(head, ["compound"]).lazy.compactMap({ self.mentionAt[$0] }).first(where: { self.mentions[$0].entity >= 0 }),
           mentions[m].kind == .name, mentions[m].end == head, [.person, .other].contains(mentions[m].type) {
            return (m, [])
        }
        for nmod in kids(head, ["nmod"]) {
            guard let m = mentionAt[nmod], mentions[m].entity >= 0, let prep = kids(nmod, ["case"]).first else { continue }
            return (m, [table.relationWord(head, in: range), table.lower[prep]])
        }
        return nil
    }

    /// "by Chelsea manager Jose Mourinho", "by Wasps director of rugby Warren Gatland": parsers head such a phrase
    /// with the role noun and hang the name on it (appos, flat, or inside its "of" phrase), so the person named
    /// right after the role is the one who acts, not the club before it.
    /// `underRole` asks that the parse hang the name below the role noun; a name before the role that the parser
    /// took for the phrase's head already shows the parse went astray, and word order decides.
    /// - Complexity: O(k) for the k tokens between the role noun and the name (at most four).
    func namedHolder(ofRole head: Int, underRole: Bool) -> Int? {
        guard table.upos(head) == "NOUN", MentionDetector.isPersonNoun(table.lower[head]) else { return nil }
        var j = head + 1
        // "director of rugby", "director general", "chief executive": the rest of a title before the name.
        while j < range.upperBound, j <= head + 4, mentionAt[j] == nil,
              table.lower[j] == "of" || table.upos(j) == "NOUN" && !table.isCapitalised(j) { j += 1 }
        guard j < range.upperBound, let m = mentionAt[j], mentions[m].start == j, mentions[m].entity >= 0,
              mentions[m].kind == .name, mentions[m].type == .person || mentions[m].type == .other,
              j == head + 1 || table.lower[j - 1] != "of" else { return nil }
        // "by the impact manager Jose Mourinho has had": a name with its own verb after it heads a clause, unless
        // that verb is the one the role phrase belongs to ("Chelsea boss Jose Mourinho said").
        let after = mentions[m].end
        if after < range.upperBound, table.isAuxiliary(after) || table.isMainVerb(after, in: range) {
            // A name in a preposition's phrase cannot be the verb's subject: it opens a clause of its own.
            if !kids(head, ["case"]).isEmpty { return nil }
            let verb = table.isAuxiliary(after) ? table.document.heads[after] : after
            var up = head
            for _ in 0..<4 where up != verb && range.contains(up) { up = table.document.heads[up] }
            guard up == verb else { return nil }
        }
        // The name must hang below the role noun through noun-phrase links, not open a clause of its own
        // ("Tory leader Michael Howard kicked off …" with the name as the subject of a relative clause).
        guard underRole else { return m }
        var up = j
        for _ in 0..<3 where up != head {
            guard range.contains(up), ["appos", "flat", "nmod", "nmod:desc", "compound"].contains(relation(up)) else { return nil }
            up = table.document.heads[up]
        }
        return up == head ? m : nil
    }

    /// An actor reached through the prepositional phrases inside a non-actor object ("its first delegation of
    /// military representatives to Niger" → Niger, "to"), skipping "of" phrases that only describe the object.
    func actorInside(_ object: Int) -> (mention: Int, preposition: String)? {
        var frontier = kids(object, ["nmod"])
        var depth = 0
        while !frontier.isEmpty && depth < 3 {
            var next: [Int] = []
            for n in frontier {
                let prep = kids(n, ["case"]).first.map { table.lower[$0] } ?? ""
                if prep != "of", !prep.isEmpty, let m = mentionAt[n], mentions[m].entity >= 0 { return (m, prep) }
                next += kids(n, ["nmod"])
            }
            frontier = next
            depth += 1
        }
        return nil
    }

    /// "GM, whose brands include Buick": the name right before "whose" (and its comma) owns the subject noun, and
    /// is what the clause is about, however the parser attached the clause.
    func whoseOwner(of subject: Int) -> Int? {
        guard let whose = kids(subject, ["nmod:poss"]).first(where: { table.lower[$0] == "whose" }) else { return nil }
        var before = whose - 1
        if before >= range.lowerBound, table.lower[before] == "," { before -= 1 }
        guard before >= range.lowerBound, let m = mentionAt[before], mentions[m].entity >= 0, mentions[m].end == before + 1 else { return nil }
        return before
    }

    /// Subject heads of predicate `v` and whether they are patients (passive), following control and
    /// relative clauses when the predicate has no subject of its own.
    func subjects(of v: Int, depth: Int = 0) -> (heads: [Int], passive: Bool, confidence: Double) {
        if let s = kids(v, ["nsubj", "nsubj:pass"]).first {
            // "a demand for X to recognise Y", "talks about X joining Y": what X is asked to do or what is
            // talked of, not what X does.
            if kids(v, ["mark"]).contains(where: { DependencyReader.topicMarkers.contains(table.lower[$0]) }) { return ([], false, 0) }
            // "denied allegations he pressured Y": a clause completing a noun is reported content, not an act.
            if relation(v) == "acl", table.upos(table.document.heads[v]) == "NOUN" { return ([], false, 0) }
            var before = subtree(s).lowerBound - 1
            if before >= range.lowerBound, table.lower[before] == "that" { before -= 1 }
            if before >= range.lowerBound, WordClass.contentNouns.contains(table.lower[before]), table.upos(before) == "NOUN" {
                return ([], false, 0)
            }
            let passive = relation(s) == "nsubj:pass"
            if let owner = whoseOwner(of: s) { return ([owner], passive, 0.85) }
            if WordClass.relativePronouns.contains(table.lower[s]), relation(v) == "acl:relcl" {
                return (conjuncts(table.document.heads[v]), passive, 0.75)
            }
            return (conjuncts(s), passive, 0.85)
        }
        let head = table.document.heads[v]
        guard range.contains(head), depth < 3 else { return ([], false, 0) }
        if let adjunct = adjunctSubjects(of: v, depth: depth) { return adjunct }
        switch relation(v) {
        case "acl":
            // "sending a system to support X": an infinitive hung on the object is the sender's purpose.
            if kids(v, ["mark"]).contains(where: { table.lower[$0] == "to" }) {
                let governor = table.document.heads[head]
                // Only the object's purpose: "bow to demands to recognise Y" is someone else's wish.
                guard range.contains(governor), table.upos(governor) == "VERB", relation(head) == "obj",
                      !kids(head, ["det"]).contains(where: { table.lower[$0] == "no" }) else { return ([], false, 0) }  // "no plans to"
                let inherited = subjects(of: governor, depth: depth + 1)
                return (inherited.heads, false, inherited.passive ? 0 : 0.6)
            }
            return (conjuncts(head), table.isParticiple(v), 0.7)
        case "acl:relcl":
            return (conjuncts(head), false, 0.7)
        case "xcomp" where !kids(head, ["obj", "iobj"]).isEmpty:
            // "urged Y to leave": the governing verb's object is the one who acts.
            return (kids(head, ["obj", "iobj"]).flatMap { conjuncts($0) }, false, 0.7)
        case "xcomp" where table.upos(head) == "ADJ" && !kids(head, ["cop"]).isEmpty,
             "csubj" where table.upos(head) == "ADJ" && !kids(head, ["cop"]).isEmpty:
            // "X is due to hold talks with Y", "is keen to meet Y": the adjective's subject acts (parsers also call
            // the infinitive its clausal subject). Kept below the verb readings' threshold, as other inherited ones.
            return (kids(head, ["nsubj"]).flatMap { conjuncts($0) }, false, 0.65)
        case "xcomp", "advcl", "conj":
            guard table.upos(head) == "VERB" || table.upos(head) == "AUX" else { return ([], false, 0) }
            let inherited = subjects(of: head, depth: depth + 1)
            return (inherited.heads, false, inherited.passive ? 0 : 0.65)
        default:
            return ([], false, 0)
        }
    }
}
