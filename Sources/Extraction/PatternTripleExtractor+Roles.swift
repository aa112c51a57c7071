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
        for mention in mentions where mention.kind == .name && mention.type == .person && mention.entity >= 0
            && content.indices.contains(mention.sentence) && content[mention.sentence] {
            guard let title = mention.title, let role = Self.role(inTitle: title), entities[mention.entity].type == .person,
                  let holder = holder(of: mention, title: title, role: role) else { continue }
            guard seen.insert("\(mention.entity)\t\(holder.name)").inserted else { continue }
            let object = entities.first { $0.name == holder.name }?.actor ?? Actor(name: holder.name, type: holder.type)
            result.append(TitleRole(sentence: mention.sentence, subject: mention.entity, relation: role + " of",
                                    object: object, surface: table.text(mention.tokens)))
        }
        return result
    }

    /// The state or organisation a titled person serves: the person's region ("Russian President"), else a
    /// known name opening the title ("Nato Secretary General", "UN envoy").
    private func holder(of mention: Mention, title: String, role: String) -> GazetteerEntry? {
        let kinds: [EntityType] = [.country, .organization]
        if let region = mention.regions.first, let entry = gazetteer.entry(named: region), kinds.contains(entry.type) { return entry }
        let words = title.split(separator: " ").map(String.init)
        let prefix = Array(words.prefix(words.count - role.split(separator: " ").count))
        guard !prefix.isEmpty, let entry = gazetteer.entry(named: prefix), kinds.contains(entry.type) else { return nil }
        return entry
    }

    /// The role words that end a title: "foreign minister" in "French Foreign Minister", "secretary of state" in
    /// "US Secretary of State"; nil for honorifics alone ("Mr").
    static func role(inTitle title: String) -> String? {
        var words: [String] = []
        for word in title.lowercased().split(separator: " ").reversed().map(String.init) {
            let known = WordClass.titles.contains(word) || WordClass.roleNouns.contains(word) || word == "of" && !words.isEmpty
            guard known, !WordClass.honorifics.contains(word) else { break }
            words.insert(word, at: 0)
        }
        while words.first == "of" { words.removeFirst() }
        // The role's head is the word before its own "of" phrase: "secretary" in "secretary of state".
        guard let head = words.prefix(while: { $0 != "of" }).last,
              WordClass.roleNouns.contains(head) || !WordClass.titleModifiers.contains(head) else { return nil }
        return words.joined(separator: " ")
    }
}
