/// "Chinese leader Xi Jinping", "Nigerian army chief Christopher Musa": a nationality and a lowercase role in
/// front of a name describe the person, as a capitalised title does ("Russian President Vladimir Putin").
extension MentionDetector {
    /// `mentions` with each name that follows [demonym][role words] extended over them: the role becomes the
    /// title and the demonym's country the person's region, so "Chinese" is neither an actor of its own nor
    /// part of a verb's relation ("met Chinese leader X" is a meeting with X).
    /// - Complexity: O(m) for m mentions; each looks back at most four tokens.
    func withNationalRoles(_ mentions: [Mention], table: TokenTable) -> [Mention] {
        var result = mentions
        for index in result.indices {
            let mention = result[index]
            guard mention.kind == .name, mention.title == nil, mention.type == .person || mention.type == .other,
                  table.document.sentences.indices.contains(mention.sentence) else { continue }
            let sentence = table.document.sentences[mention.sentence]
            let floor = max(sentence.lowerBound, index > 0 ? result[index - 1].end : sentence.lowerBound)
            let roleEnd = mention.start
            guard roleEnd - 1 > floor, WordClass.roleNouns.contains(table.lower[roleEnd - 1]) else { continue }
            var roleStart = roleEnd - 1
            while roleStart - 1 > floor, roleEnd - roleStart < 3, isRoleWord(table, roleStart - 1) { roleStart -= 1 }
            guard (roleStart..<roleEnd).allSatisfy({ isRoleWord(table, $0) }) else { continue }
            let demonym = roleStart - 1
            guard demonym >= floor, table.isCapitalised(demonym), let country = gazetteer.country(demonym: table.word(demonym)) else {
                continue
            }
            var person = mention
            person.tokens = demonym..<mention.end
            person.title = table.text(roleStart..<roleEnd)
            person.regions = [country.name]
            person.type = .person
            person.isWeak = false
            person.aliases.append(table.text(person.tokens))
            result[index] = person
        }
        return result
    }

    private func isRoleWord(_ table: TokenTable, _ k: Int) -> Bool {
        !table.isCapitalised(k) && !table.isPunctuation(k) && !table.isClosedClass(k) && table.lower[k].first?.isLetter == true
    }
}
