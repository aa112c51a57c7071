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
            guard let title = mention.title, entities[mention.entity].type == .person, let (role, named) = splitTitle(title),
                  let holder = named ?? region(of: mention) else { continue }
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
        var words = title.split(separator: " ").map(String.init)
        var qualifiers: [String] = []
        while let first = words.first, ["former", "acting", "interim", "then"].contains(first.lowercased()) {
            qualifiers.append(first.lowercased())
            words.removeFirst()
        }
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
}
