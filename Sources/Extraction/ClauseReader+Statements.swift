/// Turning a sentence's predicates into statements: attribution first, then subject × object per predicate,
/// passives with an agent turned active, and appositions.
extension ClauseReader {
    /// Every statement of the sentence, in reading order.
    func statements() -> [Statement] {
        var scope = range
        var source: String?
        if let (speaker, rest) = accordingTo(scope) { source = speaker; scope = rest }
        if let (speaker, rest) = trailingAttribution(scope) { source = source ?? speaker; scope = rest }
        let sentenceSource = source
        var result: [Statement] = []
        var subjectsSoFar: [[Int]] = []
        var objectsSoFar: [[Int]] = []
        var speakers: [Int] = []
        var negatedSoFar: [Bool] = []
        for predicate in predicates(in: scope) {
            var (subjects, confidence) = subjects(of: predicate, previous: subjectsSoFar, scope: scope)
            // "would not bow to demands to recognise Y": a verb that takes its subject from a denied one is denied too.
            // ", rejecting demands …" is an aside of its own, true whatever the denied verb before it.
            let aside = predicate.form == .dependent && table.lower[predicate.head].hasSuffix("ing")
                && predicate.start - 1 >= scope.lowerBound && table.lower[predicate.start - 1] == ","
            let negated = predicate.negated
                || ([.infinitive, .dependent].contains(predicate.form) && negatedSoFar.last == true && !aside)
            defer { negatedSoFar.append(negated) }
            if isCounterfactual(predicate.start..<predicate.head) {
                subjectsSoFar.append([])  // "would have been giving X …": what did not happen
                objectsSoFar.append([])
                continue
            }
            if subjects.isEmpty, let speaker = speakers.first, speaksOfItself(predicate, scope: scope) {
                subjects = [speaker]  // "the Netherlands said it would deliver …": "it" is the speaker
                confidence = 0.7
            }
            let verb = String(predicate.lemma.split(separator: " ").first ?? "")
            if WordClass.reportingVerbs.contains(verb) && predicate.lemma == verb {
                result += warning(predicate, subjects: subjects, scope: scope, negated: negated, source: source)
                var speaker = subjects
                if predicate.start - 1 >= scope.lowerBound, table.lower[predicate.start - 1] == "as",
                   let quoted = objectsSoFar.last(where: { !$0.isEmpty }) {
                    speaker = quoted  // "the BBC quotes X as saying …": X speaks
                }
                speakers = speaker.filter { mentions[$0].type != .person }
                if let first = speaker.first, let name = entityName(first) {
                    source = name
                } else if predicate.form == .finite, let phrase = leadingPhrase(before: predicate.start, scope: scope) {
                    source = phrase
                }
                subjectsSoFar.append([])  // what follows a speaker is not the speaker's own action
                objectsSoFar.append([])
                continue
            }
            var objects: [Int] = []
            let hedged = result.count
            let agents = predicate.passive ? self.agents(of: predicate, scope: scope) : []
            if !agents.isEmpty {
                // "the body, which is led by Nigeria": Nigeria leads the body.
                for agent in agents {
                    for patient in subjects {
                        result.append(Statement(subject: agent, relation: predicate.lemma + particle(after: predicate), object: patient,
                                                surface: table.text(predicate.start..<min(range.upperBound, predicate.head + 2)),
                                                confidence: confidence - 0.05, negated: negated,
                                                position: predicate.head, source: source))
                    }
                }
                objects = subjects
            } else if predicate.passive && hasByPhrase(predicate, scope: scope) {
                // "adopted by a family from Essex": the agent is no actor, and the rest is not the verb's object.
            } else if !subjects.isEmpty, let found = self.objects(of: predicate, scope: scope) {
                objects = found.mentions
                let penalty = found.distance > 6 ? 0.1 : 0
                // "has no plans for Y": a "no" opening the object denies the relation that holds its noun.
                let denied = predicate.head + 1 < scope.upperBound && table.lower[predicate.head + 1] == "no"
                for subject in subjects {
                    for object in found.mentions {
                        result.append(Statement(subject: subject, relation: found.relation, object: object,
                                                surface: surface(predicate, to: mentions[object].start),
                                                confidence: confidence - penalty, negated: negated || denied,
                                                position: predicate.head, source: source))
                    }
                }
            } else {
                result += reciprocal(predicate, subjects: subjects, scope: scope, confidence: confidence, negated: negated,
                                     source: source)
            }
            if let words = hedge(of: predicate, scope: scope) {
                for k in hedged..<result.count { result[k].relation = words + " " + result[k].relation }
            }
            subjectsSoFar.append(subjects)
            objectsSoFar.append(objects)
        }
        result += appositions(scope: scope, source: sentenceSource)
        // A person's position is the reporter's own description, even inside a quote's attribution.
        result += roles(scope: range, source: nil)
        result += succession(scope: scope, source: sentenceSource)
        result += groupDepartures(source: sentenceSource)
        return result
    }

    /// True when the predicate's subject is "it"/"they" straight after a reporting verb (and "that").
    private func speaksOfItself(_ predicate: Predicate, scope: Range<Int>) -> Bool {
        var j = predicate.start - 1
        guard j > scope.lowerBound, ["it", "they"].contains(table.lower[j]) else { return false }
        j -= 1
        if table.lower[j] == "that", j > scope.lowerBound { j -= 1 }
        return WordClass.reportingVerbs.contains(table.verbLemma(j)) || table.lower[j] == "announced"
    }

    private func hasByPhrase(_ predicate: Predicate, scope: Range<Int>) -> Bool {
        byToken(after: predicate, scope: scope) != nil
    }

    /// " over" in "taken over by": the particle that belongs to the verb's meaning.
    private func particle(after predicate: Predicate) -> String {
        let next = predicate.head + 1
        guard next < range.upperBound, Self.particles.contains(table.lower[next]) || table.lower[next] == "over" else { return "" }
        return " " + table.lower[next]
    }

    private func entityName(_ mention: Int) -> String? {
        let e = mentions[mention].entity
        return e >= 0 && e < entityNames.count ? entityNames[e] : nil
    }

    /// The relation as written: from the verb group to just before the object.
    private func surface(_ predicate: Predicate, to objectStart: Int) -> String {
        var end = objectStart
        while end > predicate.head + 1, WordClass.determiners.contains(table.lower[end - 1]) { end -= 1 }
        return table.text(predicate.start..<max(end, predicate.head + 1))
    }

    /// A short noun phrase from the scope start to `start` ("A military spokesperson"), as a source name.
    private func leadingPhrase(before start: Int, scope: Range<Int>) -> String? {
        let phrase = scope.lowerBound..<start
        guard !phrase.isEmpty, phrase.count <= 6, !phrase.contains(where: { table.lower[$0] == "," }) else { return nil }
        return table.text(phrase)
    }

    /// "According to X, …": X is the source; the rest is the content.
    private func accordingTo(_ scope: Range<Int>) -> (String, Range<Int>)? {
        let s = scope.lowerBound
        guard scope.count > 3, table.lower[s] == "according", table.lower[s + 1] == "to",
              let comma = (s + 2..<scope.upperBound).first(where: { table.lower[$0] == "," }) else { return nil }
        return (name(of: (s + 2)..<comma), (comma + 1)..<scope.upperBound)
    }

    /// "…, the BBC reported." / "…,” Mr X said." / "…, said X.": the speaker and the content before it.
    private func trailingAttribution(_ scope: Range<Int>) -> (String, Range<Int>)? {
        guard var end = scope.last else { return nil }
        while end > scope.lowerBound, table.isPunctuation(end) { end -= 1 }
        let boundaries: Set<String> = [",", "”", "\"", "’", "'"]
        if end > scope.lowerBound, let j = (scope.lowerBound..<end).last(where: { table.lower[$0] == "according" }),
           j > scope.lowerBound, table.lower[j - 1] == ",", table.lower[j + 1] == "to" {
            return (name(of: (j + 2)..<(end + 1)), scope.lowerBound..<(j - 1))
        }
        guard WordClass.reportingVerbs.contains(table.verbLemma(end)), table.isVerbal(end, in: range),
              let boundary = (scope.lowerBound..<end).last(where: { boundaries.contains(table.lower[$0]) }),
              end - boundary - 1 >= 1, end - boundary - 1 <= 6 else { return nil }
        var contentEnd = boundary
        while contentEnd > scope.lowerBound, boundaries.contains(table.lower[contentEnd - 1]) || table.lower[contentEnd - 1] == "," {
            contentEnd -= 1
        }
        let speaker = (boundary + 1)..<end
        let plain = !speaker.contains { table.isAuxiliary($0) || table.lower[$0] == "it" }
        guard plain || speaker.contains(where: { mentionAt[$0] != nil }) else { return nil }
        return (name(of: speaker), scope.lowerBound..<contentEnd)
    }

    /// "would have given", "could have stopped": a modal before "have" states what did not happen.
    func isCounterfactual(_ group: Range<Int>) -> Bool {
        guard let modal = group.first(where: { WordClass.counterfactualModals.contains(table.lower[$0]) }) else { return false }
        return group.contains { $0 > modal && table.lower[$0] == "have" }
    }

    /// A lower-case content word of a description, outside any name.
    private func isDescriptionNoun(_ k: Int) -> Bool {
        mentionAt[k] == nil && !table.isPunctuation(k) && !table.isClosedClass(k) && !table.isCapitalised(k)
            && table.lower[k].contains(where: \.isLetter) && table.upos(k).map { $0 == "NOUN" || $0 == "PROPN" } ?? true
    }

    /// The canonical name of the last actor in `tokens`, else the text itself.
    private func name(of tokens: Range<Int>) -> String {
        if let m = tokens.reversed().compactMap({ mentionAt[$0] }).first, let name = entityName(m) { return name }
        return table.text(tokens)
    }

    /// "X, a specialist in the Sahel for the Y Foundation": X —specialist in→ Sahel and X —specialist for→ Y,
    /// for organisations, countries and places.
    func appositions(scope: Range<Int>, source: String?) -> [Statement] {
        var result: [Statement] = []
        for (index, m) in mentions.enumerated() where m.kind == .name && m.entity >= 0 && scope.contains(m.start) {
            let comma = m.end
            guard comma + 2 < scope.upperBound, table.lower[comma] == ",",
                  ["a", "an", "the"].contains(table.lower[comma + 1]), mentionAt[comma + 2] == nil else { continue }
            var k = comma + 2
            var noun: String?
            while k < scope.upperBound {
                // "the biggest UK bank": a name inside the phrase only modifies its noun.
                if let inner = mentionAt[k] {
                    guard isModifier(inner, scope: scope) else { break }
                    k = mentions[inner].end
                    continue
                }
                guard !table.isPunctuation(k) || table.lower[k] == "%", !table.isClosedClass(k), !table.isCapitalised(k),
                      !table.isMainVerb(k, in: range) else { break }
                if table.lower[k].contains(where: \.isLetter) { noun = table.lower[k] }
                k += 1
            }
            guard let head = noun else { continue }
            // "X, the plan was for Y …": a verb after the noun makes it a new clause's subject, not an apposition.
            while k < scope.upperBound, table.lower[k] != ",", !WordClass.relativePronouns.contains(table.lower[k]),
                  !table.isAuxiliary(k) || mentionAt[k] != nil, !table.isMainVerb(k, in: range) || mentionAt[k] != nil {
                if let o = mentionAt[k], mentions[o].start == k, mentions[o].entity >= 0, mentions[o].entity != m.entity,
                   !(mentions[o].end < scope.upperBound && table.isPossessive(mentions[o].end)),
                   [.organization, .country, .location, .other].contains(mentions[o].type) {
                    // The affiliation needs its preposition ("unit of Russian gas monopoly Gazprom"); a bare list
                    // ("EPO, the cream and THG") says nothing.
                    guard let p = (comma..<k).last(where: { WordClass.prepositions.contains(table.lower[$0]) }),
                          !(p..<k).contains(where: { table.lower[$0] == "and" || table.lower[$0] == "or" }) else { break }
                    // The noun the preposition belongs to: a role when the description names one ("the service
                    // director for registrations of marriages at Brent Council"), else the nearest noun ("the
                    // world's richest man and a regular at Davos" is a regular at Davos, not the world).
                    let described = (comma + 2)..<p
                    let role = described.last { WordClass.roleNouns.contains(table.lower[$0]) && mentionAt[$0] == nil }
                    let noun = (role ?? described.last(where: { isDescriptionNoun($0) })).map { table.lower[$0] } ?? head
                    result.append(Statement(subject: index, relation: noun + " " + table.lower[p], object: o,
                                            surface: table.text((comma + 1)..<k), confidence: 0.7, negated: false,
                                            position: m.end, source: source, isDescription: true))
                    // "a specialist in the Sahel for the Y Foundation": every affiliation of the role counts.
                    k = mentions[o].end
                    continue
                }
                k += 1
            }
        }
        return result
    }
}
