import Extraction

extension IdentityRules {
    /// A record's primary key worked out as far as it goes without the collection's context: the key
    /// itself, or for a one-word proper name both keys it may get (its document's or its name's), the
    /// choice left to `crossing` and `surnames`. The compact build drafts each (name, type) once and
    /// resolves the draft twice, without context (the import graph's key) and with it (its class).
    struct KeyDraft: Sendable {
        /// The key whatever the context; for a one-word name, its key by name.
        let key: Key
        /// A one-word name's word, whether it is bare without context (a person's, or a given name), and
        /// its key in its document.
        let singleWord: (word: String, bare: Bool, local: Key)?

        init(key: Key, singleWord: (word: String, bare: Bool, local: Key)? = nil) {
            self.key = key
            self.singleWord = singleWord
        }

        /// The primary key in a collection where `crossing` and `surnames` hold (see `keys(for:crossing:surnames:)`).
        func key(crossing: Set<String>, surnames: Set<String>) -> Key {
            guard let single = singleWord else { return key }
            let bare = single.bare || surnames.contains(single.word)
            return bare && !crossing.contains(single.word) ? single.local : key
        }
    }

    /// The draft of `record`'s primary key (see `KeyDraft`).
    /// - Complexity: O(length of the record's names).
    func primaryKeyDraft(for record: ActorRecord) -> KeyDraft {
        // The plain key is made once: this runs for every record of every merge.
        let plain = NameKey.plain(record.name)
        if let entry = user.entry(plain: plain) { return KeyDraft(key: Key(value: "alias:" + NameKey.plain(entry.name), rule: .aliasFile)) }
        if let entry = curated.entry(plain: plain) { return KeyDraft(key: Key(value: "alias:" + NameKey.plain(entry.name), rule: .curated)) }
        if record.type != .person, let entry = gazetteer?.entry(named: record.name),
           entry.type != .person, entry.type != .other {
            return KeyDraft(key: Key(value: "gaz:" + entry.key, rule: .gazetteer))
        }
        let local = Key(value: Self.documentKey(document: record.document, plain: plain), rule: .document)
        guard NameKey.isProper(record.name) else { return KeyDraft(key: local) }
        let person = record.type == .person || hasHonorific(record)
        let name = fullName(of: record)
        let words = person || name != record.name ? NameKey.personWords(name) : NameKey.words(name)
        guard !words.isEmpty else { return KeyDraft(key: local) }
        let value = words.joined(separator: " ")
        let rule: Rule = value == record.name.lowercased() ? .sameName : .nameVariant
        let named = Key(value: "name:" + value, rule: rule)
        guard words.count == 1 else { return KeyDraft(key: named) }
        let bare = person || (gazetteer?.givenNames.contains(record.name.trimmingSpaces) ?? false)
        return KeyDraft(key: named, singleWord: (words[0], bare, local))
    }
}
