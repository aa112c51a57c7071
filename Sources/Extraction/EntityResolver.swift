/// Groups an article's mentions into entities: same name or gazetteer entry, acronym definitions, "also known
/// as", surnames, then definite descriptions and pronouns by salience.
struct EntityResolver: Sendable {
    let gazetteer: Gazetteer

    /// The entities of `mentions`; each mention's `entity` is set (-1 when it resolved to nothing).
    /// - Complexity: O(m²) in the number of mentions, which is small per article.
    func resolve(_ mentions: inout [Mention], table: TokenTable) -> [ResolvedEntity] {
        var sets = UnionFind(count: mentions.count)
        var byKey: [String: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            guard let key = identity(mention) else { continue }
            if let first = byKey[key] { sets.union(first, index) } else { byKey[key] = index }
        }
        linkDefinitions(mentions, table: table, sets: &sets)
        linkInitials(mentions, sets: &sets)
        linkSurnames(mentions, sets: &sets)
        var antecedent = Array(repeating: -1, count: mentions.count)
        // A title marks the sex first ("Mrs", "Lord"); a person's given name otherwise ("John Candy").
        let titleGenders = mentions.map { m in
            m.title.flatMap(Self.gender(ofTitle:))
                ?? (m.kind == .name && [.person, .other].contains(m.type) ? gender(ofGivenNameIn: m.name) : nil)
        }
        for index in mentions.indices where mentions[index].kind == .description || mentions[index].kind == .pronoun {
            if mentions[index].kind == .pronoun, Self.isFirstPerson(mentions[index]) { continue }
            if mentions[index].kind == .pronoun, mentions[index].name == "it" {
                antecedent[index] = itAntecedent(of: index, in: mentions, table: table, resolved: antecedent) ?? -1
                continue
            }
            guard let found = antecedentIndex(of: index, in: mentions, sets: &sets, table: table,
                                              titleGenders: titleGenders, resolved: antecedent) else { continue }
            antecedent[index] = found
            if mentions[index].kind == .description { sets.union(found, index) }
        }
        // Quotations after the third-person pronouns, so '"…," he said' can give its "he" to the quote's "I".
        for index in mentions.indices where mentions[index].kind == .pronoun && Self.isFirstPerson(mentions[index]) {
            antecedent[index] = firstPersonSpeaker(of: index, in: mentions, sets: &sets, table: table, antecedent: antecedent) ?? -1
        }
        return build(&mentions, sets: &sets, antecedent: antecedent)
    }

    /// "I", "me", "my", "we", "us", "our".
    static func isFirstPerson(_ mention: Mention) -> Bool {
        singularFirstPerson.contains(mention.name) || pluralFirstPerson.contains(mention.name)
    }

    /// The key under which mentions are the same entity without further evidence.
    private func identity(_ mention: Mention) -> String? {
        switch mention.kind {
        case .name, .demonym:
            if let key = mention.gazetteerKey { return key }
            return "name:" + mention.name.lowercased()
        case .group: return "group:" + mention.name
        case .description, .pronoun: return nil
        }
    }

    /// "Long Name (ACR)", "ACR (Long Name)" and "X, also known as Y".
    private func linkDefinitions(_ mentions: [Mention], table: TokenTable, sets: inout UnionFind) {
        var startingAt: [Int: Int] = [:]
        for (index, m) in mentions.enumerated() where m.kind == .name { startingAt[m.start] = index }
        func mention(at token: Int) -> Int? {
            if let m = startingAt[token] { return m }
            if token < table.count, table.lower[token] == "the" { return startingAt[token + 1] }
            return nil
        }
        for (index, m) in mentions.enumerated() where m.kind == .name {
            var j = m.end
            if j < table.count, table.lower[j] == "(", let inner = mention(at: j + 1),
               mentions[inner].end < table.count, table.lower[mentions[inner].end] == ")" {
                sets.union(index, inner)
                continue
            }
            if j < table.count, table.lower[j] == "," { j += 1 }
            var k = j
            if k < table.count, table.lower[k] == "also" { k += 1 }
            if k + 1 < table.count, table.lower[k] == "known", table.lower[k + 1] == "as" || table.lower[k + 1] == "as:" {
                if let other = mention(at: k + 2) { sets.union(index, other) }
            } else if k + 1 < table.count, ["aka", "a.k.a."].contains(table.lower[k]), let other = mention(at: k + 1) {
                sets.union(index, other)
            }
        }
    }

    /// "RSF" after "Rapid Support Forces": an all-capital short form spelling the initials of an earlier name.
    private func linkInitials(_ mentions: [Mention], sets: inout UnionFind) {
        for (index, m) in mentions.enumerated() where m.kind == .name && m.gazetteerKey == nil {
            // An ASCII byte other than A-Z is a non-letter or a lower-case letter: no acronym, and no need to
            // look at its characters.
            if m.name.utf8.contains(where: { $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { continue }
            let letters = m.name.filter(\.isLetter)
            guard letters.count >= 2, letters.count == m.name.count, letters.allSatisfy(\.isUppercase) else { continue }
            let match = mentions.indices.last { c in
                guard c < index, mentions[c].kind == .name, mentions[c].type != .person else { return false }
                let initials = mentions[c].name.split(separator: " ")
                    .filter { !WordClass.nameConnectors.contains($0.lowercased()) && $0.lowercased() != "and" }
                    .compactMap(\.first)
                return initials.count >= 2 && String(initials) == letters
            }
            if let match { sets.union(match, index) }
        }
    }

    /// "Mr Laessing" or a later bare "Laessing" is the "Ulf Laessing" named before.
    private func linkSurnames(_ mentions: [Mention], sets: inout UnionFind) {
        let fullNames = mentions.indices.filter {
            mentions[$0].kind == .name && [.person, .other].contains(mentions[$0].type) && mentions[$0].name.split(separator: " ").count >= 2
        }
        // Each full name's words, split once rather than once per single-word mention.
        let fullNameWords = fullNames.map { mentions[$0].name.split(separator: " ") }
        for (index, m) in mentions.enumerated() where m.kind == .name && (m.type == .person || m.isWeak) {
            let parts = m.name.split(separator: " ")
            guard parts.count == 1, let surname = parts.first else { continue }
            let candidates = fullNames.indices.filter { fullNameWords[$0].last == surname }.map { fullNames[$0] }
            let before = candidates.filter { $0 < index }
            if let chosen = before.last ?? candidates.first {
                sets.union(chosen, index)
                continue
            }
            // "Sir Nicholas" for "Nicholas Scott": a first name only when one full name has it.
            let firstNamed = fullNames.indices.filter { fullNameWords[$0].first == surname }.map { fullNames[$0] }
            let people = Set(firstNamed.map { mentions[$0].name })
            if people.count == 1, let chosen = firstNamed.first { sets.union(chosen, index) }
        }
    }
}
