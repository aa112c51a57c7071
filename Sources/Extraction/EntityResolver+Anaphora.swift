/// Definite descriptions and pronouns: the antecedent is chosen by type, region and salience.
extension EntityResolver {
    /// How many sentences back a description or pronoun may reach.
    static let reach = 3

    /// The mention that `index` (a description or pronoun) refers back to; `resolved` holds the antecedents
    /// found so far for earlier anaphors (-1 for none), and `titleGenders` the sex each mention's title
    /// (`gender(ofTitle:)`) or else given name (`gender(ofGivenName:)`) marks, worked out once per article.
    func antecedentIndex(of index: Int, in mentions: [Mention], sets: inout UnionFind, table: TokenTable,
                         titleGenders: [Character?], resolved: [Int]) -> Int? {
        let anaphor = mentions[index]
        if anaphor.cue != nil { return introducedPerson(for: index, in: mentions, sets: &sets, table: table) }
        // A pronoun already resolved stands for its antecedent, so a chain continues: in "He arrived … where he met
        // President Bush. He is due to …" the last "He" is the first one's person, not Bush.
        let stand = { (c: Int) in mentions[c].kind == .pronoun ? resolved[c] : c }
        let quoted = anaphor.kind == .pronoun ? spokenQuotation(of: index, in: mentions, table: table) : nil
        if let speaker = reportingSpeaker(of: anaphor, in: mentions, before: index, table: table)
            ?? soleSubjectName(of: anaphor, in: mentions, before: index, table: table),
           quoted.map({ !$0.contains(mentions[speaker].start) }) ?? true { return stand(speaker) }
        let wanted: EntityType = anaphor.kind == .pronoun ? .person : anaphor.type
        // A name's type is its set's: "Ulf Laessing" is a person once "Mr Laessing" joined it. A set's root is
        // its smallest member, so the roots of earlier mentions are below `index`.
        var rootHasWanted = [Bool](repeating: false, count: index)
        // A cued description ("the Welsh striker") says nothing of its set's type: it was only joined when typed so.
        for c in 0..<index where mentions[c].type == wanted && mentions[c].cue == nil { rootHasWanted[sets.find(c)] = true }
        var candidates = mentions.indices.filter { c in
            guard c < index, mentions[c].kind != .description,
                  mentions[c].kind != .pronoun || anaphor.kind == .pronoun && resolved[c] >= 0 else { return false }
            let named = stand(c)
            return (mentions[named].type == wanted || rootHasWanted[sets.find(named)])
                && anaphor.sentence - mentions[c].sentence <= Self.reach
                && fits(mentions[named], regions: anaphor.regions)
        }
        let personal = anaphor.kind == .pronoun || anaphor.kind == .description && wanted == .person
        if candidates.isEmpty && personal {
            // Untyped full names ("Omar Haddad") are the best guess for "he" when no known person precedes.
            candidates = mentions.indices.filter { c in
                c < index && mentions[c].kind == .name && mentions[c].type == .other
                    && mentions[c].name.contains(" ") && anaphor.sentence - mentions[c].sentence <= Self.reach
            }
        }
        if anaphor.kind == .pronoun, let gender = Self.gender(ofPronoun: table.lower[anaphor.start]) {
            // "she" never continues a "Mr …", "he" never a "Mrs …" (a title anywhere in the name's set counts).
            var genders: [Int: Set<Character>] = [:]
            for c in 0..<index {
                if let g = titleGenders[c] { genders[sets.find(c), default: []].insert(g) }
            }
            candidates = candidates.filter { c in !(genders[sets.find(stand(c))].map { !$0.contains(gender) } ?? false) }
        }
        if anaphor.kind == .pronoun, let speaker = quoteSpeaker(of: index, in: mentions, table: table) {
            // '"He was my assistant …," said Ferguson': whoever speaks is "I" in the quote, never its "he".
            let voice = sets.find(speaker)
            candidates = candidates.filter { sets.find(stand($0)) != voice }
        }
        if let quoted {
            // '"Tony Blair has vanished," he said': the one who speaks is not a name in his own words.
            candidates = candidates.filter { !quoted.contains(mentions[$0].start) }
        }
        if anaphor.kind == .description, WordClass.companyDescriptionHeads.contains(table.lower[anaphor.end - 1]) {
            // "the firm", "the airline": unknown names are often companies nothing else has typed yet, and such
            // a description means the article's main one, not the last one named.
            var personal = Set<Int>()
            for c in 0..<index where mentions[c].type == .person || mentions[c].title != nil { personal.insert(sets.find(c)) }
            let firms = mentions.indices.filter { c in
                c < index && mentions[c].kind == .name && !mentions[c].isWeak && mentions[c].gazetteerKey == nil
                    && [.organization, .other].contains(mentions[c].type) && anaphor.sentence - mentions[c].sentence <= Self.reach
                    && !personal.contains(sets.find(c))
                    && !mentions[c].name.lowercased().split(separator: " ").contains { WordClass.regionWords.contains(String($0)) }
                    // "the Gambling Bill … the newspaper": a law is untyped but no firm.
                    && !(mentions[c].name.lowercased().split(separator: " ").last.map { WordClass.lawCues.contains(String($0)) } ?? false)
            }
            let head = table.lower[anaphor.end - 1]
            return mostMentioned(among: self.firms(Array(Set(candidates + firms)).sorted(), describedBy: head, in: mentions),
                                 before: index, in: mentions, sets: &sets)
        }
        if anaphor.kind == .description, table.lower[anaphor.end - 1] == "government" {
            // "the government" is too common to follow the last state named ("Lopez visited Spain. She said the
            // government …" is her own): only a state already called "the X government" or "X's government" is meant.
            let governed = mentions.indices.filter { c in
                c < index && mentions[c].type == .country && mentions[c].aliases.contains { $0.lowercased().hasSuffix("government") }
            }
            return governed.last
        }
        guard !candidates.isEmpty else { return nil }
        if anaphor.kind == .description, wanted == .person, let role = anaphor.title?.split(separator: " ").last {
            // "the Labour leader" is not a person whose own title makes them another holder's leader.
            let holder = Self.holderWord(before: anaphor, in: mentions)
            let held = (0..<index).map { heldRole($0, in: mentions, table: table) }
            // "England coach X … The England coach said": whoever the article introduced with that role.
            if let holderOfRole = (0..<index).first(where: { held[$0].map { $0.role == role && $0.holder.contains(holder) } ?? false }) {
                return holderOfRole
            }
            // People the text already calls "he" or "she".
            var gendered = Set<Int>()
            for p in 0..<index where mentions[p].kind == .pronoun && resolved[p] >= 0 && Self.gender(ofPronoun: mentions[p].name) != nil {
                gendered.insert(sets.find(resolved[p]))
            }
            candidates = candidates.filter { c in
                // A name in the description's own sentence would have been "he" ("Brian Moore believes the England
                // captain …" is someone else); an untyped name must open with a given name or have been "he" already.
                let root = sets.find(c)
                guard mentions[c].sentence < anaphor.sentence, rootHasWanted[root] || gendered.contains(root)
                    || mentions[c].name.split(separator: " ").first.map({ gazetteer.givenNames.contains(String($0)) }) == true
                else { return false }
                return !(0..<index).contains { o in
                    guard sets.find(o) == sets.find(c), let held = held[o] else { return false }
                    return held.role == role && !held.holder.contains(holder)
                }
            }
            // Otherwise the nearby person named most so far, the article's main person, rather than whoever was
            // named last ("the Wasps flanker" after "X replaces Y" is the story's X).
            return mostMentioned(among: candidates, before: index, in: mentions, sets: &sets)
        }
        if personal {
            // "he" continues the most salient person: the first one named in its own sentence so far ("Mr Blair
            // said he …"), else the first one of the nearest sentence that names a person.
            // Names inside a prepositional phrase ("served under Margaret Thatcher") are rarely continued.
            let free = candidates.filter { !isPrepositionObject(mentions[$0], table: table) }
            if free.isEmpty, let central = mostMentionedPerson(before: index, in: mentions, sets: &sets) {
                return central  // only bystanders nearby: the article's main person is meant
            }
            let pool = free.isEmpty ? candidates : free
            if let first = pool.first(where: { mentions[$0].sentence == anaphor.sentence }) { return stand(first) }
            let sentence = mentions[pool[pool.count - 1]].sentence
            return pool.first { mentions[$0].sentence == sentence }.map(stand)
        }
        if wanted != .country { return candidates.last }
        // Countries: in the same sentence, the latest one that is not the sentence's first actor (a country
        // rarely calls itself "the country" in its own clause); otherwise the first (subject) country of the
        // nearest earlier sentence that has one.
        let sentenceFirst = mentions.firstIndex { $0.sentence == anaphor.sentence && $0.kind != .pronoun }
        let same = candidates.filter { mentions[$0].sentence == anaphor.sentence }
        if let latest = same.last(where: { c in sentenceFirst.map { sets.find($0) != sets.find(c) } ?? true }) {
            return latest
        }
        if let nearest = candidates.last(where: { mentions[$0].sentence < anaphor.sentence }) {
            let sentence = mentions[nearest].sentence
            // Only the sentence just before is near enough; further back, the article's main country is meant.
            if sentence < anaphor.sentence - 1, let central = mostMentioned(.country, before: index, in: mentions, sets: &sets),
               fits(mentions[central], regions: anaphor.regions) {
                return central
            }
            return candidates.first { mentions[$0].sentence == sentence }
        }
        return same.first
    }

    /// "Safin admitted he …", "Agassi said that he …": the name just before a reporting verb is who the subject
    /// pronoun after it means, even when nothing yet says the name is a person (but never a place or a state).
    func reportingSpeaker(of anaphor: Mention, in mentions: [Mention], before index: Int, table: TokenTable) -> Int? {
        guard anaphor.kind == .pronoun, ["he", "she"].contains(table.lower[anaphor.start]), index > 0 else { return nil }
        var verb = anaphor.start - 1
        if verb >= 0, table.lower[verb] == "that" { verb -= 1 }
        guard verb > 0, WordClass.reportingVerbs.contains(table.verbLemma(verb)) else { return nil }
        let speaker = index - 1
        let candidate = mentions[speaker]
        guard candidate.end == verb, candidate.sentence == anaphor.sentence, candidate.kind == .name,
              candidate.type == .person || candidate.type == .other, candidate.gazetteerKey == nil,
              // "The Daily Telegraph said he …": a name behind "the" is an organisation, not the "he".
              candidate.start == 0 || table.lower[candidate.start - 1] != "the" else { return nil }
        return speaker
    }

    /// "Born in New Jersey, Hill began her career … before she began …": when the only name before a subject
    /// pronoun in its sentence is an untyped one that opens a clause (a verb follows it), that name is meant.
    func soleSubjectName(of anaphor: Mention, in mentions: [Mention], before index: Int, table: TokenTable) -> Int? {
        guard anaphor.kind == .pronoun, ["he", "she"].contains(table.lower[anaphor.start]) else { return nil }
        // Names behind a preposition ("Born in New Jersey") and places, states and organisations are no candidates.
        var first = index
        while first > 0, mentions[first - 1].sentence == anaphor.sentence { first -= 1 }
        let earlier = (first..<index).filter { mentions[$0].kind != .pronoun
            && ![.country, .location, .organization].contains(mentions[$0].type) && !isPrepositionObject(mentions[$0], table: table) }
        guard earlier.count == 1, let only = earlier.first else { return nil }
        let name = mentions[only]
        guard name.kind == .name, name.type == .other, name.gazetteerKey == nil, name.end < anaphor.start,
              name.start == 0 || !["the", "a", "an"].contains(table.lower[name.start - 1]),
              table.isVerbal(name.end, in: table.document.sentences[name.sentence])
        else { return nil }
        return only
    }

    /// The lower-cased name of the holder right before role description `anaphor` ("labour" in "the Labour leader").
    static func holderWord(before anaphor: Mention, in mentions: [Mention]) -> String {
        mentions.last { $0.end == anaphor.start }.map { $0.name.lowercased() } ?? ""
    }

    /// The role a name mention is introduced with and the words of its holder: its title ("Green leader" →
    /// "leader", "green leader"), or a holder's name and a role noun right before it ("Green leader Anna Whitby").
    func heldRole(_ o: Int, in mentions: [Mention], table: TokenTable) -> (role: Substring, holder: String)? {
        let mention = mentions[o]
        guard mention.kind == .name else { return nil }
        let before = mention.start - 1
        // The holder's own mention right before the role ("Labour" in "Labour leader Tony Blair").
        let adjacent = o > 0 && mentions[o - 1].sentence == mention.sentence && mentions[o - 1].end >= before
            ? mentions[o - 1].name.lowercased() : ""
        if let title = mention.title?.lowercased(), let last = title.split(separator: " ").last { return (last, title + " " + adjacent) }
        guard o > 0, before >= 0, WordClass.roleNouns.contains(table.lower[before]), mentions[o - 1].end == before else { return nil }
        return (Substring(table.lower[before]), adjacent)
    }

    /// "m" or "f" for a gendered personal pronoun.
    static func gender(ofPronoun word: String) -> Character? {
        if ["he", "him", "his", "himself"].contains(word) { return "m" }
        if ["she", "her", "hers", "herself"].contains(word) { return "f" }
        return nil
    }

    /// "m" or "f" when the first word of a title marks the person's sex ("Mrs", "Lord", "Baroness").
    static func gender(ofTitle title: String) -> Character? {
        let words = title.lowercased().split(separator: " ").map { $0.trimmingDots }
        if words.contains(where: { ["mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "princess", "duchess", "countess"].contains($0) }) {
            return "f"
        }
        if words.contains(where: { ["mr", "sir", "lord", "baron", "king", "prince", "duke", "earl", "count"].contains($0) }) {
            return "m"
        }
        return nil
    }

    /// The earliest mention of the person named most often before `index`.
    private func mostMentionedPerson(before index: Int, in mentions: [Mention], sets: inout UnionFind) -> Int? {
        mostMentioned(.person, before: index, in: mentions, sets: &sets)
    }

    /// The latest of `candidates` whose actor is named or described most often before `index`, or nil when there is
    /// none. A description already resolved counts as a mention of its actor: "Irishmen who own a stake in
    /// Manchester United … oppose any offer for the club" makes the club more salient than a newspaper named once.
    private func mostMentioned(among candidates: [Int], before index: Int, in mentions: [Mention], sets: inout UnionFind) -> Int? {
        var counts: [Int: Int] = [:]
        for c in 0..<index where mentions[c].kind == .name || mentions[c].kind == .description && sets.find(c) != c {
            counts[sets.find(c), default: 0] += 1
        }
        var best: Int?
        for c in candidates where best.map({ counts[sets.find(c), default: 0] >= counts[sets.find($0), default: 0] }) ?? true {
            best = c
        }
        return best
    }

    /// The earliest mention of the actor of `type` named most often before `index`.
    private func mostMentioned(_ type: EntityType, before index: Int, in mentions: [Mention], sets: inout UnionFind) -> Int? {
        var counts: [Int: Int] = [:]
        var first: [Int: Int] = [:]
        for c in 0..<index where (mentions[c].kind == .name || mentions[c].kind == .demonym) && mentions[c].type == type {
            let root = sets.find(c)
            counts[root, default: 0] += 1
            if first[root] == nil { first[root] = c }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0) }
        return best.flatMap { first[$0.key] }
    }

    /// True when a preposition governs the name, past determiners and lower-case adjectives ("her role as troubled
    /// Carolyn Burnham": a character played, no one the story goes on about).
    private func isPrepositionObject(_ mention: Mention, table: TokenTable) -> Bool {
        var j = mention.start - 1
        while j >= 0, WordClass.determiners.contains(table.lower[j]) || table.upos(j) == "ADJ" && !table.isCapitalised(j) { j -= 1 }
        return j >= 0 && (WordClass.prepositions.contains(table.lower[j]) || table.lower[j] == "as")
    }

    private func fits(_ mention: Mention, regions: [String]) -> Bool {
        guard !regions.isEmpty else { return true }
        guard let key = mention.gazetteerKey, let entry = gazetteer.entry(key: key) else { return false }
        return entry.regions.contains { regions.contains($0) }
    }

    /// Entities from the resolved sets, in order of first mention, with canonical names and aliases.
    func build(_ mentions: inout [Mention], sets: inout UnionFind, antecedent: [Int]) -> [ResolvedEntity] {
        var members: [Int: [Int]] = [:]
        var roots: [Int] = []
        for index in mentions.indices where mentions[index].kind != .pronoun {
            let root = sets.find(index)
            if members[root] == nil { roots.append(root) }
            members[root, default: []].append(index)
        }
        var entities: [ResolvedEntity] = []
        var entityOfRoot: [Int: Int] = [:]
        for root in roots {
            let group = members[root] ?? []
            // A description that found no antecedent names nothing; a capitalised word seen once, at a sentence
            // start ("Hospital suspends …"), is more likely an ordinary word than an actor, unless the tagger never
            // learnt it ("Ofcom fined …").
            let only = mentions[group[0]]
            guard group.contains(where: { mentions[$0].kind != .description }),
                  group.count > 1 || !only.isWeak || !only.atSentenceStart || only.isUnknownWord else { continue }
            entityOfRoot[root] = entities.count
            entities.append(entity(of: group, mentions))
        }
        for index in mentions.indices {
            let source = mentions[index].kind == .pronoun ? antecedent[index] : index
            guard source >= 0, let e = entityOfRoot[sets.find(source)] else { continue }
            mentions[index].entity = e
            if mentions[index].kind == .pronoun {
                entities[e].mentions.append(index)
                // "he" settles it; "it" and "we" do not.
                if entities[e].type == .other, mentions[index].name != "it", !Self.pluralFirstPerson.contains(mentions[index].name) {
                    entities[e].type = .person
                }
            }
        }
        for e in entities.indices { entities[e].mentions.sort() }
        return entities
    }

    private func entity(of group: [Int], _ mentions: [Mention]) -> ResolvedEntity {
        let named = group.filter { mentions[$0].kind == .name || mentions[$0].kind == .demonym }
        let keyed = group.compactMap { mentions[$0].gazetteerKey }.first.flatMap { gazetteer.entry(key: $0) }
        let names = named.filter { mentions[$0].kind == .name }.map { mentions[$0].name }
        var type = keyed?.type ?? EntityType.other
        if keyed == nil {
            let types = group.map { mentions[$0].type }
            type = [.person, .organization, .location, .country, .group, .work].first { t in types.contains(t) } ?? .other
        }
        let canonical: String
        if let keyed {
            canonical = keyed.name
        } else if let acronym = names.first(where: { n in n.count >= 2 && n.allSatisfy { $0.isUppercase || !$0.isLetter }
            && names.contains { $0 != n && $0.lowercased() == n.lowercased() } }) {
            canonical = acronym
        } else if type == .person, let longest = names.max(by: { $0.split(separator: " ").count < $1.split(separator: " ").count }) {
            canonical = longest
        } else if let first = names.first(where: { n in !(n.count <= 5 && n.allSatisfy { $0.isUppercase }) }) ?? names.first {
            canonical = first
        } else {
            canonical = group.first.map { mentions[$0].name } ?? ""
        }
        var aliases = Set(names)
        var attributes: [String: String] = [:]
        for index in group {
            aliases.formUnion(mentions[index].aliases)
            if let title = mentions[index].title, attributes["title"] == nil { attributes["title"] = title }
            if mentions[index].kind == .name, mentions[index].type == .person, let country = mentions[index].regions.first {
                attributes["country"] = country
            }
        }
        aliases.remove(canonical)
        return ResolvedEntity(name: canonical, type: type, aliases: aliases.sorted(), attributes: attributes, mentions: group)
    }
}
