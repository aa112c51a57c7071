/// Reported speech as relations between actors. News states most of what actors do to one another through
/// what they say: "Lopez told the BBC", "Smith said Globex had misled investors". The statement reader skips
/// reporting verbs (their speaker is a source, not an actor of the reported clause), so the speaker's own
/// links, to the one addressed and to the actors spoken about, are read here.
extension DependencyReader {
    /// "X told Y" → X —tell→ Y; "X said Y had …" → X —say about→ Y (the reported clause's subject, or that
    /// subject's possessor: "said Globex's plan …"), also one clause further down ("said Y's plan showed Z
    /// was …"). Negated reporting verbs say nothing.
    /// - Complexity: O(n) for n tokens of the sentence, the reported clauses' subtrees aside.
    func speechStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for v in range where table.upos(v) == "VERB" && mentionAt[v] == nil {
            let lemma = table.verbLemma(v)
            guard WordClass.reportingVerbs.contains(lemma),
                  !kids(v, ["advmod"]).contains(where: { WordClass.negations.contains(table.lower[$0]) }),
                  let s = kids(v, ["nsubj"]).first ?? nameBefore(v), let speaker = namedActor(at: s) else { continue }
            // The verb as written: a report's tense is part of what is reported ("said" vs "says").
            let verb = table.lower[v]
            let make = { (object: Int, relation: String, confidence: Double) in
                ClauseReader.Statement(subject: speaker, relation: relation, object: object, surface: table.text(v..<(v + 1)),
                                       confidence: confidence, negated: false, position: v, source: nil, isSpeech: true)
            }
            // The one addressed: "told AP", "warned the board", "said to Reuters". Only verbs that take their
            // addressee as object: the object of "says" is a misparse ("Hassel says Juninho, who …, would stay").
            for o in kids(v, ["obj", "iobj"]) where Self.addressingVerbs.contains(lemma) {
                for target in conjuncts(o).compactMap({ actor(at: $0) }) where target.words.isEmpty {
                    result.append(make(target.mention, verb, 0.8))
                }
            }
            for obl in kids(v, ["obl"]) {
                guard let prep = kids(obl, ["case"]).first.map({ table.lower[$0] }) else { continue }
                if prep == "to" {
                    for target in conjuncts(obl).compactMap({ actor(at: $0) }) where target.words.isEmpty {
                        result.append(make(target.mention, verb + " to", 0.75))
                    }
                } else if let found = actor(at: obl), let last = found.words.last, last != "of",
                          ![.country, .location].contains(mentions[found.mention].type) {
                    // "In a lecture at the LSE, X said", "in an interview with Reuters": where the speaker spoke.
                    result.append(make(found.mention, found.words.joined(separator: " "), 0.7))
                }
            }
            // What is spoken about: a quotation the verb interrupts ('"…," he said') is the verb's head.
            var clauses = kids(v, ["ccomp", "parataxis"])
            // A relative clause hangs on a noun: one on the verb itself with a subject of its own is a misparsed
            // complement ("suggested Labour was avoiding …").
            clauses += kids(v, ["acl", "acl:relcl"]).filter { c in
                kids(c, ["nsubj", "nsubj:pass"]).contains { !WordClass.relativePronouns.contains(table.lower[$0]) }
            }
            if relation(v) == "parataxis", range.contains(table.document.heads[v]) {
                clauses.append(table.document.heads[v])
            }
            var depth = 0
            while !clauses.isEmpty && depth < 2 {
                var nested: [Int] = []
                // "after I leave X": a clause with its own subordinator is a circumstance, not what is reported.
                for c in clauses where c != v && kids(c, ["mark"]).allSatisfy({ ["that", "whether", "if"].contains(table.lower[$0]) }) {
                    // A quotation inside the report ("said the slogan would be 'Britain works'") is not the speaker's claim.
                    nested += kids(c, ["ccomp"]).filter { $0 > v && !isQuoted($0, after: v) }
                    // "said Chad had attacked Mali": the clause relates actors itself, and the speaker is its source.
                    // A place where it happened ("avoiding news conferences in London") relates nothing.
                    // Only an actor heading an argument relates: "disappeared from Labour leaflets" names Labour
                    // in passing, and the clause is still about its subject.
                    let arguments = kids(c, ["obj", "iobj", "obl", "obl:agent"]).flatMap { conjuncts($0) }
                    if arguments.contains(where: { a in actor(at: a).map { !isLocativePlace($0.mention) } == true }) {
                        continue
                    }
                    let subjects = kids(c, ["nsubj", "nsubj:pass"]).flatMap { conjuncts($0) }
                    var spoken = false
                    for head in subjects
                    where ["NOUN", "PROPN", "PRON"].contains(table.upos(head) ?? "") && !isQuoted(head, after: v) {
                        guard let target = spokenOf(head) else { continue }
                        result.append(make(target, verb + " about", 0.7))
                        spoken = true
                    }
                    // 'X said in a statement: "… their roles at Globex …"': a quotation whose subject is no actor is
                    // about the few actors it names (more than two is a list, not a topic).
                    if !spoken, depth == 0, subjects.allSatisfy({ mentionAt[$0] == nil }), isQuotation(c) {
                        let named = actorsNamed(in: subtree(c))
                        if named.count <= 2 { result += named.map { make($0, verb + " about", 0.65) } }
                    }
                }
                clauses = nested
                depth += 1
            }
        }
        let speakerEntity = { (m: Int) in mentions[m].entity }
        return result.filter { speakerEntity($0.subject) != speakerEntity($0.object) }
    }

    /// True when the phrase of `head` opens with a quotation mark inside the report that follows the reporting
    /// verb `v` ("said the slogan would be 'Britain works'"); a quotation before the verb is the report itself.
    private func isQuoted(_ head: Int, after v: Int) -> Bool {
        let before = subtree(head).lowerBound - 1
        return before > v && MentionDetector.openers.contains(table.lower[before]) && table.isPunctuation(before)
            && !["(", "[", "-", "—", "–"].contains(table.lower[before])
    }

    /// True when clause `c` is a quotation: its phrase opens with a quotation mark.
    private func isQuotation(_ c: Int) -> Bool {
        var start = subtree(c).lowerBound
        while start < c, [":", ","].contains(table.lower[start]) { start += 1 }  // 'said: "…': the colon hangs on the quote
        return [start, start - 1].contains { range.contains($0) && EntityResolver.quoteMarks.contains(table.lower[$0]) }
    }

    /// The named actors of `tokens`, one mention per entity in text order. Left aside: where something happened
    /// ("sit in the House of Lords": any name after "in") and names that only qualify a noun ("this new Liberal
    /// Democrat approach", "Kazakh citizens"), which describe rather than being spoken of.
    private func actorsNamed(in tokens: Range<Int>) -> [Int] {
        var seen: Set<Int> = []
        return tokens.compactMap { t -> Int? in
            guard let m = mentionAt[t], mentions[m].start == t, mentions[m].entity >= 0, mentions[m].kind == .name,
                  !isLocativePlace(m), !mentions[m].tokens.contains(where: { cases(of: $0).contains { table.lower[$0] == "in" } })
            else { return nil }
            let last = mentions[m].end - 1
            if ["compound", "amod"].contains(relation(last)), !mentions[m].tokens.contains(table.document.heads[last]) { return nil }
            return seen.insert(mentions[m].entity).inserted ? m : nil
        }
    }

    /// True for a place named in a locative phrase ("conferences in London", "at Westminster"): where
    /// something happened, not an actor the reported clause relates to its subject.
    /// An untyped name after "in" is a place too ("capacity in Europe", "a landmark in Swansea"); after "at" it
    /// may be a firm ("their roles at Globex").
    private func isLocativePlace(_ m: Int) -> Bool {
        let place = [.country, .location].contains(mentions[m].type)
        guard place || mentions[m].type == .other else { return false }
        let markers: Set<String> = place ? ["in", "at", "across", "around", "near", "throughout"] : ["in", "across", "throughout"]
        return mentions[m].tokens.contains { t in cases(of: t).contains { markers.contains(table.lower[$0]) } }
    }

    /// The prepositions of token `t`'s phrase: its own, or the first conjunct's ("in the Lords or the Commons").
    private func cases(of t: Int) -> [Int] {
        let own = kids(t, ["case"])
        return own.isEmpty && relation(t) == "conj" ? kids(table.document.heads[t], ["case"]) : own
    }

    /// Reporting verbs whose object is the one spoken to.
    static let addressingVerbs: Set<String> = ["tell", "warn", "assure", "remind", "inform", "brief"]

    /// The actor a speaker's subject names itself (a name, a description or a resolved pronoun).
    /// "Opposition leader Tomas Brandt said": a role noun whose apposition is the name speaks through it.
    private func namedActor(at head: Int) -> Int? {
        if let found = actor(at: head), found.words.isEmpty { return found.mention }
        guard table.upos(head) == "NOUN", let name = kids(head, ["appos"]).first, let found = actor(at: name),
              found.words.isEmpty else { return nil }
        return found.mention
    }

    /// "In a lecture at the LSE, Irene Khan said …": parsers often hang the name after a fronted phrase on that phrase's
    /// last noun, leaving the verb without a subject; a person's name between a comma and the verb is then its speaker.
    private func nameBefore(_ v: Int) -> Int? {
        guard kids(v, ["nsubj", "nsubj:pass", "csubj"]).isEmpty, v - 2 >= range.lowerBound, let m = mentionAt[v - 1],
              mentions[m].end == v, mentions[m].kind == .name, mentions[m].type == .person || mentions[m].type == .other,
              mentions[m].start > range.lowerBound, table.lower[mentions[m].start - 1] == "," else { return nil }
        return v - 1
    }

    /// The actor a reported clause's subject is about: the subject itself, or its possessor ("Globex's plan").
    private func spokenOf(_ head: Int) -> Int? {
        if let m = namedActor(at: head) { return m }
        guard let possessor = kids(head, ["nmod:poss"]).first, let m = mentionAt[possessor], mentions[m].entity >= 0,
              mentions[m].kind != .pronoun else { return nil }
        return m
    }
}
