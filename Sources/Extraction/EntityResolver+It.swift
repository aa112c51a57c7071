/// Resolving a sentence-initial "It" (see `MentionDetector.itMention`): the state or organisation that was the
/// subject of the sentence just before, if that sentence opened with one.
extension EntityResolver {
    /// The antecedent of the "it" mention at `index`, or nil when the previous sentence's subject is not a
    /// state, organisation or group.
    /// - Complexity: O(m) for m mentions.
    func itAntecedent(of index: Int, in mentions: [Mention], table: TokenTable, resolved: [Int]) -> Int? {
        let sentence = mentions[index].sentence
        guard sentence > 0, let first = mentions.indices.first(where: { mentions[$0].sentence == sentence - 1 }) else { return nil }
        let range = table.document.sentences[sentence - 1]
        // The first actor must be the subject: no verb before it in its sentence.
        guard !(range.lowerBound..<mentions[first].start).contains(where: { table.isMainVerb($0, in: range) }) else { return nil }
        let named = mentions[first].kind == .pronoun ? resolved[first] : first
        guard named >= 0, [.country, .organization, .group].contains(mentions[named].type) || isUntypedInstitution(named, in: mentions)
        else { return nil }
        return named
    }

    /// "Age Concern argued … Its director general, X, said": an untyped name that is a subject before "it" is an
    /// institution unless something marks it as a person (a title, a given name, a person-typed mention of it).
    private func isUntypedInstitution(_ m: Int, in mentions: [Mention]) -> Bool {
        let mention = mentions[m]
        guard mention.kind == .name, mention.type == .other, !mention.isWeak, mention.title == nil,
              let first = mention.name.split(separator: " ").first, !gazetteer.givenNames.contains(String(first)),
              // "Striker Novo", "Chairman Lee": a capitalised position opens a person's name.
              !WordClass.roleNouns.contains(first.lowercased()), !MentionDetector.positionNouns.contains(first.lowercased())
        else { return false }
        return !mentions.contains { $0.name == mention.name && ($0.type == .person || $0.title != nil) }
    }
}
