/// Relations of films, games, shows and awards (nodes typed `work`) that news states with nouns, possessives and
/// prepositions rather than with a verb between two names: "IBM's Workplace software", "American Beauty, director
/// Sam Mendes' film debut" (who made it); "opposite X", "co-starring with … including X" (co-stars); "X is up for
/// an Oscar", "gaining a Tony Award nomination", "was handed the Y" (awards); "Little Britain star X".
extension DependencyReader {
    /// Nouns after a show's title that name one of its people ("Little Britain star Matt Lucas").
    static let showPeopleNouns: Set<String> = ["star", "actor", "actress", "presenter", "host", "creator", "writer", "comedian", "comic"]
    /// What an award gives short of the prize itself ("a Tony Award nomination", "an Oscar nod").
    private static let awardOutcomeNouns: Set<String> = ["nomination", "nominations", "nod", "nods", "win"]
    /// Verbs of acting whose "with"/"alongside" phrase names a fellow actor ("co-starring with X").
    private static let actingVerbs: Set<String> = ["star", "co-star", "costar", "appear", "act", "perform"]
    /// Verbs of acting, directing and writing whose "in" phrase may be a work ("played X in Y", "starred in Y").
    private static let actingInVerbs: Set<String> = ["star", "co-star", "play", "appear", "act", "perform", "cameo", "feature"]
    /// Verbs whose passive subject receives the object ("was handed the Unsung Hero award").
    private static let givingVerbs: Set<String> = ["hand", "give", "award", "present"]
    /// Works a person writes ("Levy's novel Small Island") and records ("the Killers' album Hot Fuss").
    private static let writtenNouns: Set<String> = ["novel", "novels", "book", "books", "poem", "memoir", "biography", "autobiography", "script"]
    private static let recordedNouns: Set<String> = ["album", "albums", "song", "songs", "single", "singles", "track", "hit"]
    /// Nouns naming what a maker made, after the maker's possessive ("Sam Mendes' film debut").
    static let madeNouns: Set<String> = WordClass.workNouns.union(["debut", "title", "game", "games", "software", "production"])

    /// Every work and award relation of the sentence.
    /// - Complexity: O(n + m) for n tokens and m mentions of the sentence.
    func workStatements() -> [ClauseReader.Statement] {
        let inSentence = Set(range.compactMap { mentionAt[$0] }).sorted()
        return makerStatements(inSentence) + coStarStatements() + awardStatements() + showPeopleStatements(inSentence)
            + prizeStatements()
    }

    private func isWork(_ m: Int) -> Bool { mentions[m].type == .work && mentions[m].kind == .name && mentions[m].entity >= 0 }

    /// A person, or a name of no known type: most actors' names are in no list of given names ("Harrison Ford").
    private func isPerson(_ m: Int) -> Bool {
        mentions[m].entity >= 0 && ([.person, .other].contains(mentions[m].type) || mentions[m].kind == .pronoun)
    }

    /// A relation these constructions read; marked nominal, since it is read from a noun or a noun's phrase and the
    /// combined reading keeps those whatever their confidence.
    func workStatement(_ s: Int, _ relation: String, _ o: Int, at position: Int) -> ClauseReader.Statement {
        let low = min(mentions[s].start, mentions[o].start), high = max(mentions[s].end, mentions[o].end)
        return ClauseReader.Statement(subject: s, relation: relation, object: o, surface: table.text(low..<high), confidence: 0.7,
                                      negated: false, position: position, source: nil, isNominal: true)
    }

    // MARK: makers

    /// "IBM's Workplace software", "Levy's fourth novel Small Island" (possessor before), "American Beauty, director
    /// Sam Mendes' film debut" (possessor in an apposition after) and "the Nintendo title, The Legend of Zelda": the
    /// maker of a work. Awards are left out: "Britain's Turner Prize" is given, not made, by Britain.
    private func makerStatements(_ inSentence: [Int]) -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for w in inSentence where mentions[w].kind == .name && mentions[w].entity >= 0 && !MentionDetector.isAwardName(mentions[w].name) {
            let work = mentions[w]
            // "the Nintendo title, The Legend of Zelda": the comma, skipping the title's own article.
            var comma = work.start - 1
            if comma > range.lowerBound, table.lower[comma] == "the" { comma -= 1 }
            let describedBefore = comma - 2 >= range.lowerBound && table.lower[comma] == "," && Self.madeNouns.contains(table.lower[comma - 1])
            // An untyped name is a work only where a work noun describes it right before, or where it is what a work
            // is made of ("an adaptation of Shakespeare's Richard III"). Only one word before the possessive and two
            // after it: "a remake of Tom Brown's Schooldays", "of Schindler's List" are whole titles.
            let adapted = work.tokens.count >= 2 && possessor(endingBefore: work.start, skipping: 0).map { p in
                mentions[p].tokens.count == 1 && mentions[p].start - 2 >= range.lowerBound && table.lower[mentions[p].start - 1] == "of"
                    && WordClass.workNouns.contains(table.lower[mentions[p].start - 2])
            } ?? false
            guard isWork(w) || work.type == .other && (describedBefore || adapted) else { continue }
            let ownNoun = WordClass.workNouns.contains(table.lower[work.start]) ? [table.lower[work.start]] : []
            if let p = possessor(endingBefore: work.start, skipping: 3) {
                result.append(workStatement(p, makerRelation(p, nouns: ownNoun), w, at: work.start))
            } else if work.end + 1 < range.upperBound, table.lower[work.end] == ",", let found = possessedDescription(from: work.end + 1) {
                result.append(workStatement(found.maker, makerRelation(found.maker, nouns: found.nouns), w, at: work.end))
            } else if describedBefore, let p = mentionAt[comma - 2], mentions[p].entity >= 0, mentions[p].end == comma - 1,
                      [.organization, .other].contains(mentions[p].type) {
                // "the Pixar film, Y", "the BBC programme, Y": a name compounded with the work noun made it.
                result.append(workStatement(p, "make", w, at: work.start))
            }
        }
        return result
    }

    /// A firm makes its works; a person writes a book, records a song and makes a film, and the relation keeps the
    /// noun naming the work ("make film debut", "write novel"): the noun alone ("Vin Diesel | comedy | The Pacifier")
    /// names no relation. "author of" where the possessive stands alone ("Shakespeare's Richard III").
    private func makerRelation(_ p: Int, nouns: [String]) -> String {
        if mentions[p].type == .organization { return "make" }
        guard !nouns.isEmpty else { return "author of" }
        let verb = nouns.contains(where: Self.writtenNouns.contains) ? "write"
            : nouns.contains(where: Self.recordedNouns.contains) ? "record" : "make"
        return ([verb] + nouns).joined(separator: " ")
    }

    /// The maker named by "P's" right before `start`, over at most `skipping` lower-case modifiers ("1991", "fourth").
    private func possessor(endingBefore start: Int, skipping: Int) -> Int? {
        var j = start - 1
        while j > range.lowerBound, start - 1 - j < skipping, !table.isPossessive(j), !table.isPunctuation(j),
              !table.isCapitalised(j), !table.isClosedClass(j), mentionAt[j] == nil {
            j -= 1
        }
        guard j - 1 >= range.lowerBound, table.isPossessive(j), let p = mentionAt[j - 1], mentions[p].end == j,
              mentions[p].entity >= 0, mentions[p].kind == .name, [.person, .organization, .other].contains(mentions[p].type)
        else { return nil }
        return p
    }

    /// ", director Sam Mendes' film debut which …": a person or firm with a possessive, then nouns of which one names a
    /// work, up to punctuation or a relative word; the maker and those nouns.
    private func possessedDescription(from k: Int) -> (maker: Int, nouns: [String])? {
        var i = k
        while i < range.upperBound, i < k + 3, mentionAt[i] == nil, !table.isPunctuation(i), !table.isCapitalised(i) { i += 1 }
        guard i < range.upperBound, let p = mentionAt[i], mentions[p].entity >= 0, mentions[p].kind == .name,
              [.person, .organization, .other].contains(mentions[p].type), table.isPossessive(mentions[p].end) else { return nil }
        var nouns: [String] = []
        var j = mentions[p].end + 1
        while j < range.upperBound, !table.isPunctuation(j), !table.isCapitalised(j), !table.isClosedClass(j),
              !["which", "that", "who"].contains(table.lower[j]), nouns.count < 4 {
            nouns.append(table.lower[j])
            j += 1
        }
        guard nouns.contains(where: Self.madeNouns.contains) else { return nil }
        // Only the nouns from the first that names a work: "fourth novel" → "novel", "film debut" stays whole.
        guard let first = nouns.firstIndex(where: Self.madeNouns.contains) else { return nil }
        return (p, Array(nouns[first...]))
    }

    // MARK: co-stars

    /// "opposite comics X and Y", "her role opposite X", "played X's opposite number", "co-starring with …, including
    /// X and Y": the actor of the clause or the role's owner stars with each partner.
    private func coStarStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for i in range where table.lower[i] == "opposite" {
            var partners = personsAfter(i, within: 3)
            // "X's opposite number": the possessor is the partner.
            if partners.isEmpty, i - 2 >= range.lowerBound, table.isPossessive(i - 1), let m = mentionAt[i - 2], isPerson(m) { partners = [m] }
            guard !partners.isEmpty, let actor = actingSubject(from: i, partners: partners), isPerson(actor) else { continue }
            for p in partners where mentions[p].entity != mentions[actor].entity {
                result.append(workStatement(actor, "star opposite", p, at: i))
            }
            // "her role opposite X in Y", "her debut in Y, opposite X": both star in the work.
            if let work = workBeside(opposite: i, partners: partners) {
                for a in [actor] + partners where mentions[a].entity != mentions[work].entity {
                    result.append(workStatement(a, "star in", work, at: i))
                }
            }
        }
        for v in range where table.upos(v) == "VERB" && Self.actingVerbs.contains(table.verbLemma(v)) {
            guard v + 1 < range.upperBound, ["with", "alongside"].contains(table.lower[v + 1]) else { continue }
            let partners = personsAfter(v + 1, within: 10)
            var actors = subjects(of: v).heads.compactMap { mentionAt[$0] }.filter(isPerson)
            // ", co-starring with …" hung on a noun: the actor is the subject of the verb above that noun.
            var up = table.document.heads[v]
            for _ in 0..<4 where actors.isEmpty && range.contains(up) {
                if table.upos(up) == "VERB" { actors = subjects(of: up).heads.compactMap { mentionAt[$0] }.filter(isPerson); break }
                up = table.document.heads[up]
            }
            for a in actors where isPerson(a) {
                for p in partners where mentions[p].entity != mentions[a].entity {
                    result.append(workStatement(a, "co-star with", p, at: v))
                }
            }
        }
        // "She played Y's opposite number in romantic comedy Z", "starred in Z": acting in a work. (The general reader
        // states it too, but keeps a verb's oblique phrase only when the rules saw nothing.)
        for v in range where table.upos(v) == "VERB" && Self.actingInVerbs.contains(table.verbLemma(v)) {
            let works = kids(v, ["obl", "obl:unmarked"]).compactMap { c -> Int? in
                guard let m = mentionAt[c], isWork(m), !MentionDetector.isAwardName(mentions[m].name),
                      kids(c, ["case"]).contains(where: { table.lower[$0] == "in" }) || mentions[m].start > range.lowerBound
                        && table.lower[mentions[m].start - 1] == "in" else { return nil }
                return m
            }
            guard !works.isEmpty else { continue }
            for a in subjects(of: v).heads.compactMap({ mentionAt[$0] }) where isPerson(a) {
                for w in works where mentions[w].entity != mentions[a].entity {
                    result.append(workStatement(a, "\(table.verbLemma(v)) in", w, at: v))
                }
            }
        }
        return result
    }

    /// The people named from within `within` tokens after `i` on, with those listed after them ("X and Y", "X, Y and Z");
    /// none when a verb or a stop comes first.
    private func personsAfter(_ i: Int, within: Int) -> [Int] {
        var j = i + 1
        // Other names on the way are passed over: "with some of Hollywood's greatest players, including X".
        while j < range.upperBound, j <= i + within, mentionAt[j].map({ !isPerson($0) || mentions[$0].kind != .name
            || mentions[$0].end < range.upperBound && table.isPossessive(mentions[$0].end) }) ?? true {
            let introducesList = ["including", "like", "such", "as"].contains(table.lower[j])
            if table.isVerbal(j, in: range) && !introducesList || [".", ";", ":", "-", "("].contains(table.lower[j]) { return [] }
            j += 1
        }
        guard j < range.upperBound, let first = mentionAt[j], isPerson(first), mentions[first].kind == .name else { return [] }
        var result = [first]
        var end = mentions[first].end
        while end + 1 < range.upperBound, ["and", ","].contains(table.lower[end]), let next = mentionAt[end + 1], isPerson(next),
              mentions[next].kind == .name, !result.contains(next) {
            result.append(next)
            end = mentions[next].end
        }
        return result
    }

    /// The work of "opposite X in Y" (an "in" phrase right after the partners) or of "in Y, opposite X" (the work
    /// right before the comma): "in" and at most four words of date and kind before the title ("in 1991 gangster
    /// flick Bugsy", "in 1988's The Great Outdoors").
    private func workBeside(opposite i: Int, partners: [Int]) -> Int? {
        let isTitle = { (m: Int) in self.isWork(m) && !MentionDetector.isAwardName(self.mentions[m].name) }
        if let last = partners.last, mentions[last].end < range.upperBound, table.lower[mentions[last].end] == "in" {
            var j = mentions[last].end + 1
            while j < range.upperBound, j <= mentions[last].end + 5, !table.isPunctuation(j) || table.isPossessive(j) {
                if let m = mentionAt[j] { return isTitle(m) ? m : nil }
                j += 1
            }
        }
        guard i - 2 >= range.lowerBound, table.lower[i - 1] == ",", let m = mentionAt[i - 2], isTitle(m), mentions[m].end == i - 1 else { return nil }
        let opening = mentions[m].start
        for j in stride(from: opening - 1, through: max(range.lowerBound, opening - 5), by: -1) {
            if table.lower[j] == "in" { return m }
            if table.isPunctuation(j) && !table.isPossessive(j) || mentionAt[j] != nil { return nil }
        }
        return nil
    }

    /// Who acts where "opposite" stands: the owner of the role noun it hangs on ("her role opposite X"), or the
    /// subject of the nearest verb above it ("she made her debut …, opposite X").
    /// "Opposite" itself may head the phrase ("her role opposite X" parsed with "opposite" as the noun).
    private func actingSubject(from i: Int, partners: [Int]) -> Int? {
        let partnerEntities = Set(partners.map { mentions[$0].entity })
        var n = i
        for _ in 0..<5 {
            guard range.contains(n) else { return nil }
            for poss in kids(n, ["nmod:poss"]) + kids(n, ["compound"]).flatMap({ kids($0, ["nmod:poss"]) }) {
                if let m = mentionAt[poss], isPerson(m), mentionAt[n] == nil, !partnerEntities.contains(mentions[m].entity) { return m }
            }
            if table.upos(n) == "VERB" {
                return subjects(of: n).heads.compactMap { mentionAt[$0] }.first { isPerson($0) && !partnerEntities.contains(mentions[$0].entity) }
            }
            let up = table.document.heads[n]
            guard up != n else { return nil }
            n = up
        }
        return nil
    }

    // MARK: awards

    /// "X is up for an Oscar", "had to be content with a Bafta award" (a copula's predicate with an award or work in
    /// its phrase), "gaining a Tony Award nomination", "a role that won her an Oscar nomination" (a nomination noun
    /// naming the award), "X was handed the Y" (passive giving).
    private func awardStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for p in range where ["ADJ", "ADV"].contains(table.upos(p) ?? "") && !kids(p, ["cop"]).isEmpty {
            let holders = subjects(of: p).heads.compactMap { mentionAt[$0] }.filter { mentions[$0].entity >= 0 }
            for c in kids(p, ["obl", "nmod"]) {
                guard let prep = kids(c, ["case"]).first, let target = actor(at: c), target.words.isEmpty, isWork(target.mention) else { continue }
                for h in holders where mentions[h].entity != mentions[target.mention].entity {
                    result.append(workStatement(h, "be \(table.lower[p]) \(table.lower[prep])", target.mention, at: p))
                }
            }
        }
        // "X is up for an Oscar": the award heads the predicate, with the copula and the preposition hung on it.
        for p in range where !kids(p, ["cop"]).isEmpty {
            guard let award = mentionAt[p], isWork(award), let prep = kids(p, ["case"]).first,
                  let s = kids(p, ["nsubj"]).first, let holder = mentionAt[s], mentions[holder].entity >= 0,
                  mentions[holder].entity != mentions[award].entity else { continue }
            let words = ["be"] + kids(p, ["advmod"]).filter { $0 < prep }.map { table.lower[$0] } + [table.lower[prep]]
            result.append(workStatement(holder, words.joined(separator: " "), award, at: p))
        }
        for o in range where Self.awardOutcomeNouns.contains(table.lower[o]) && mentionAt[o] == nil && relation(o) == "obj" {
            let v = table.document.heads[o]
            guard range.contains(v), table.upos(v) == "VERB",
                  let award = (o - 1 >= range.lowerBound ? mentionAt[o - 1] : nil), isWork(award), mentions[award].end == o else { continue }
            var winners = subjects(of: v).heads.compactMap { mentionAt[$0] }.filter { mentions[$0].entity >= 0 }
            // "a role that won her an Oscar nomination": the role wins nothing; the one it won it for does.
            if winners.isEmpty { winners = kids(v, ["iobj"]).compactMap { mentionAt[$0] }.filter(isPerson) }
            for w in winners where mentions[w].entity != mentions[award].entity {
                result.append(workStatement(w, "\(table.verbLemma(v)) \(table.lower[o])", award, at: v))
            }
        }
        for v in range where table.upos(v) == "VERB" && Self.givingVerbs.contains(table.verbLemma(v)) {
            guard let s = kids(v, ["nsubj:pass"]).first, let receiver = mentionAt[s], mentions[receiver].entity >= 0 else { continue }
            for o in kids(v, ["obj"]) {
                guard let given = mentionAt[o], mentions[given].entity >= 0, mentions[given].kind == .name,
                      [.work, .other].contains(mentions[given].type), mentions[given].entity != mentions[receiver].entity else { continue }
                result.append(workStatement(receiver, "be \(table.lower[v])", given, at: v))
            }
        }
        return result
    }

    // MARK: shows' people

    /// "Little Britain star Matt Lucas": the title before a person noun and a name is the person's show.
    private func showPeopleStatements(_ inSentence: [Int]) -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for w in inSentence where isWork(w) && !MentionDetector.isAwardName(mentions[w].name) {
            let k = mentions[w].end
            guard k + 1 < range.upperBound, Self.showPeopleNouns.contains(table.lower[k]), let person = mentionAt[k + 1],
                  isPerson(person), mentions[person].kind == .name else { continue }
            result.append(workStatement(person, "\(table.lower[k]) of", w, at: k))
        }
        return result
    }
}
