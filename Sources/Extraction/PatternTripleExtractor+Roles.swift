/// "Russian President Vladimir Putin", "US Secretary of State Antony Blinken", "UN Secretary General X": a title
/// qualified by a state or organisation names the person's position there. The mention detector keeps the
/// leading name as the person's region rather than as a second actor (so "Russian" never becomes the subject
/// of what Putin did); this turns it into the triple person —role of→ state.
extension PatternTripleExtractor {
    /// A position read from a person's title, to add to the sentence of its first mention.
    struct TitleRole {
        var sentence: Int
        var subject: Int
        var relation: String
        var object: Actor
        var surface: String
    }

    /// The positions named by titles, once per person and holder, at their first mention.
    /// - Complexity: O(m) for m mentions.
    func titleRoles(mentions: [Mention], entities: [ResolvedEntity], content: [Bool], table: TokenTable) -> [TitleRole] {
        var result: [TitleRole] = []
        var seen: Set<String> = []
        for (index, mention) in mentions.enumerated() where mention.entity >= 0 && content.indices.contains(mention.sentence)
            && content[mention.sentence] {
            if let role = describedRole(index, mentions: mentions, entities: entities, table: table) {
                if seen.insert("\(mention.entity)\t\(role.object.name)").inserted { result.append(role) }
                continue
            }
            guard mention.kind == .name, mention.type == .person else { continue }
            guard let title = mention.title, entities[mention.entity].type == .person, var (role, named) = splitTitle(title) else { continue }
            if named == nil, region(of: mention) == nil, let post = britishPost(role, before: mention.start, table: table, entities: entities) {
                (role, named) = (post, gazetteer.entry(named: "United Kingdom"))
            }
            if named == nil, region(of: mention) == nil, let (organization, titlePost) = organizationInTitle(title, entities: entities) {
                var post = titlePost
                // "former Labour MP X": the post is no longer held, and the relation says so.
                if mention.start > 0, ["former", "ex"].contains(table.lower[mention.start - 1]), !post.hasPrefix("former") { post = "former " + post }
                if seen.insert("\(mention.entity)\t\(organization.name)").inserted {
                    result.append(TitleRole(sentence: mention.sentence, subject: mention.entity, relation: post + " of",
                                            object: organization, surface: table.text(mention.tokens)))
                }
                continue
            }
            guard let holder = named ?? region(of: mention) else { continue }
            // "US lawyer Jamie Firestone" is an American lawyer, not a lawyer of the United States.
            if holder.type == .country, let head = role.split(separator: " ").prefix(while: { $0 != "of" }).last,
               WordClass.professionNouns.contains(String(head)) { continue }
            guard seen.insert("\(mention.entity)\t\(holder.name)").inserted else { continue }
            let object = entities.first { $0.name == holder.name }?.actor ?? Actor(name: holder.name, type: holder.type)
            result.append(TitleRole(sentence: mention.sentence, subject: mention.entity, relation: role + " of",
                                    object: object, surface: table.text(mention.tokens)))
        }
        return result
    }

    /// "the Wasps flanker" resolved to a person: that person —flanker of→ the holder named inside the description.
    private func describedRole(_ index: Int, mentions: [Mention], entities: [ResolvedEntity], table: TokenTable) -> TitleRole? {
        let mention = mentions[index]
        guard mention.kind == .description, mention.type == .person, let title = mention.title, index > 0,
              entities[mention.entity].type == .person else { return nil }
        let holder = mentions[index - 1]
        guard holder.end == mention.start, holder.entity >= 0, holder.entity != mention.entity,
              entities[holder.entity].type != .person else { return nil }
        return TitleRole(sentence: mention.sentence, subject: mention.entity, relation: title + " of",
                         object: entities[holder.entity].actor, surface: table.text(holder.start..<mention.end))
    }

    /// British cabinet posts, which the BBC writes without "UK" ("Foreign Secretary X"); British spellings only,
    /// as "Defense Secretary" and "Treasury Secretary" are American.
    static let britishCabinetPosts: Set<String> = [
        "foreign secretary", "home secretary", "health secretary", "defence secretary", "education secretary",
        "culture secretary", "environment secretary", "transport secretary", "trade secretary", "industry secretary",
        "work and pensions secretary", "trade and industry secretary", "northern ireland secretary", "welsh secretary",
        "scottish secretary", "international development secretary", "chancellor of the exchequer",
    ]

    /// The British cabinet post `role` names, with the capitalised words the title left out at a sentence's start
    /// ("Foreign" in "Foreign Secretary X"), when the article itself names the United Kingdom (so another state's
    /// "foreign secretary" is not given to Britain); nil otherwise.
    private func britishPost(_ role: String, before start: Int, table: TokenTable, entities: [ResolvedEntity]) -> String? {
        let words = role.split(separator: " ").filter { !Self.postQualifiers.contains(String($0)) }.map(String.init)
        guard entities.contains(where: { $0.name == "United Kingdom" }) else { return nil }
        for extra in 0...2 where start - extra >= 0 {
            let lead = (max(0, start - extra)..<start).map { table.lower[$0] }
            guard (max(0, start - extra)..<start).allSatisfy({ table.isCapitalised($0) || table.lower[$0] == "and" }) else { break }
            let post = (lead + words).joined(separator: " ")
            if Self.britishCabinetPosts.contains(post) { return post }
        }
        return nil
    }

    /// The country a person's mention was qualified by ("Australian Lynton Crosby"), as a gazetteer entry.
    private func region(of mention: Mention) -> GazetteerEntry? {
        guard let region = mention.regions.first, let entry = gazetteer.entry(named: region), entry.type == .country else { return nil }
        return entry
    }

    /// A title split into its role and the state or organisation it names: "Former US Secretary of State" →
    /// ("former secretary of state", United States); "Israeli Industry Minister" → ("industry minister", Israel);
    /// "President" → ("president", nil). Nil when no role is left (honorifics such as "Mr").
    /// - Complexity: O(w²) gazetteer look-ups for w words (titles are short).
    func splitTitle(_ title: String) -> (role: String, holder: GazetteerEntry?)? {
        var (qualifiers, words) = Self.titleWords(title)
        var holder: GazetteerEntry?
        for length in stride(from: min(4, words.count - 1), through: 1, by: -1) {
            let prefix = Array(words.prefix(length))
            let entry = gazetteer.entry(named: prefix) ?? gazetteer.country(demonym: prefix.joined(separator: " "))
            if let entry, [.country, .organization].contains(entry.type) {
                holder = entry
                words.removeFirst(length)
                break
            }
        }
        let role = words.map { $0.lowercased() }.filter { !WordClass.honorifics.contains($0) }
        // The role's head is the word before its own "of" phrase: "secretary" in "secretary of state".
        guard let head = role.prefix(while: { $0 != "of" }).last,
              WordClass.roleNouns.contains(head) || WordClass.titles.contains(head) && !WordClass.titleModifiers.contains(head) else {
            return nil
        }
        return ((qualifiers + role).joined(separator: " "), holder)
    }

    /// Words before a title that say how the post is held ("Former", "Acting"), not what it is.
    static let postQualifiers: Set<String> = ["former", "acting", "interim", "then"]

    /// A title's leading qualifiers, lower-cased, and the words after them.
    static func titleWords(_ title: String) -> (qualifiers: [String], words: [String]) {
        var words = title.split(separator: " ").map(String.init)
        var qualifiers: [String] = []
        while let first = words.first, postQualifiers.contains(first.lowercased()) {
            qualifiers.append(first.lowercased())
            words.removeFirst()
        }
        return (qualifiers, words)
    }
}
