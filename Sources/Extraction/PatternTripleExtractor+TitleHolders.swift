/// "Oxfam Director Barbara Stocking", "Labour MP Diane Abbott", "Metropolitan Police Commissioner John
/// Stevens": capitalised words before a title that name no place in the gazetteer can still name the
/// organisation the post is in; they are read as one when the article names that organisation elsewhere,
/// when they end in an organisation's word (Police, Council, Party, Bank …), or when they are a party.
extension PatternTripleExtractor {
    /// The organisation a title opens with and the post after it, or nil when the leading words are not
    /// surely an organisation ("Health Minister", "Prime Minister", "Chief Executive" open with no holder).
    /// - Complexity: O(w + e) for w title words and e entities.
    func organizationInTitle(_ title: String, entities: [ResolvedEntity]) -> (holder: Actor, post: String)? {
        // (A qualifier before the title, "former Labour MP X", is added by the caller, which sees the text.)
        var (qualifiers, words) = Self.titleWords(title)
        // "Ex-Welsh Office Minister": the prefix qualifies the post, not the office's name.
        if let first = words.first, first.lowercased().hasPrefix("ex-"), first.count > 3 {
            qualifiers.append("former")
            words[0] = String(first.dropFirst(3))
        }
        let lowered = words.map { $0.lowercased() }
        guard let postStart = lowered.firstIndex(where: { WordClass.titles.contains($0) || WordClass.roleNouns.contains($0) }),
              postStart > 0 else { return nil }
        let holderWords = Array(words[..<postStart])
        guard holderWords.allSatisfy({ $0.first?.isUppercase == true }),
              !lowered[..<postStart].contains(where: { WordClass.titleModifiers.contains($0) || WordClass.honorifics.contains($0) }) else {
            return nil
        }
        let post = lowered[postStart...].filter { !WordClass.honorifics.contains($0) }
        guard let head = post.prefix(while: { $0 != "of" }).last, WordClass.roleNouns.contains(head) else { return nil }
        let name = holderWords.joined(separator: " ")
        let last = lowered[postStart - 1]
        let holder: Actor
        if Self.statePosts.contains(head) {
            // "Labour Minister", "Armed Forces Minister": before a minister the words name a portfolio, and
            // only an office or department ("Foreign Office Minister") is the organisation itself.
            guard Self.statePostHolders.contains(last) else { return nil }
            holder = entities.first { $0.name == name }?.actor ?? Actor(name: name, type: .organization)
        } else if let named = entities.first(where: { ($0.name == name || $0.aliases.contains(name)) && $0.type != .person && $0.type != .location }) {
            holder = named.actor
        } else if WordClass.organizationCues.contains(last) || MentionDetector.partyWords.contains(last) {
            holder = Actor(name: name, type: .organization)
        } else {
            return nil
        }
        return (holder, (qualifiers + post).joined(separator: " "))
    }

    /// Posts in a government, named after their portfolio rather than their organisation.
    static let statePosts: Set<String> = ["minister", "secretary", "undersecretary"]
    /// The last words of the bodies such posts are in ("Foreign Office", "Justice Department").
    static let statePostHolders: Set<String> = ["office", "department", "ministry", "executive"]
}
