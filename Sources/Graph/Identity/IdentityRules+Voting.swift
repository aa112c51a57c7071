import Extraction

/// How one node is made of the records that identity joined: name and type by vote, never by
/// whichever record happened to come first.
extension IdentityRules {
    /// The node for one class of records (`keys[i]` are the keys of `records[i]`), with id 0;
    /// `givenNames` are first names learned from the collection, beside the bundled list. `records`
    /// come sorted (as `canonicalized()` hands them over) and the node keeps them in that order.
    /// - Complexity: O(n log n) in the records' names and aliases.
    func node(records: [ActorRecord], keys: [[Key]], givenNames: Set<String> = []) -> KnowledgeGraph.Node {
        let key = keys.flatMap { $0.map(\.value) }.min() ?? ""
        // A table's or the gazetteer's canonical form wins, the user's table first.
        var best: (rule: Rule, record: ActorRecord, key: Key)?
        for (record, recordKeys) in zip(records, keys) {
            guard let primary = recordKeys.first, [Rule.aliasFile, .curated, .gazetteer].contains(primary.rule) else { continue }
            if let current = best, current.rule < primary.rule || (current.rule == primary.rule && !(record < current.record)) { continue }
            best = (primary.rule, record, primary)
        }
        let fixed = best.flatMap { self.canon(for: $0.record, key: $0.key) }
        let name = fixed?.name ?? votedName(records)
        let type = fixed?.type ?? votedType(records, name: name, givenNames: givenNames)
        var aliases = Set<String>()
        for record in records {
            aliases.insert(record.name)
            aliases.formUnion(record.aliases)
        }
        aliases.remove(name)
        return KnowledgeGraph.Node(id: NodeID(0), key: key, name: name, type: type, aliases: aliases.sorted(),
                                   attributes: Self.votedAttributes(records), records: records)
    }

    /// The name most records use; ties go to a plain name, then the longer (fuller) one, then the smaller string.
    func votedName(_ records: [ActorRecord]) -> String {
        var votes: [String: Int] = [:]
        for record in records { votes[fullName(of: record), default: 0] += 1 }
        // Ties go to a name without a title, dots or all capitals ("George W Bush" over "Mr George W. Bush";
        // "Brentford" over "BRENTFORD"), then the fuller one.
        func plain(_ name: String) -> Bool {
            !name.contains(where: { $0 == "." }) && !(NameKey.words(name).first.map(NameKey.honorifics.contains) ?? false)
                && name.contains(where: \.isLowercase)
        }
        return votes.min { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            if plain(lhs.key) != plain(rhs.key) { return plain(lhs.key) }
            if lhs.key.count != rhs.key.count { return lhs.key.count > rhs.key.count }
            return lhs.key < rhs.key
        }?.key ?? ""
    }

    /// The type most records give, `other` counting only when nothing else is known; ties go to
    /// the earlier type in `EntityType` order. With no typed record, the names decide (`inferredType`).
    func votedType(_ records: [ActorRecord], name: String, givenNames: Set<String> = []) -> EntityType {
        var votes: [EntityType: Int] = [:]
        for record in records where record.type != .other { votes[record.type, default: 0] += 1 }
        // A person needs most of its records to say so: a company or club that a few articles took for
        // a person ("Yukos sued…") stays what the others say, or untyped.
        if let people = votes[.person], people * 2 < records.count, NameKey.words(name).count == 1 { votes[.person] = nil }
        guard let best = votes.min(by: { ($1.value, $0.key) < ($0.value, $1.key) }) else {
            return inferredType(records, name: name, givenNames: givenNames)
        }
        // A tie is settled by what the name itself says ("Sol Campbell", typed a club by one article's
        // "the club", is a person), else by type order.
        let tied = votes.filter { $0.value == best.value }.map(\.key)
        if tied.count > 1 {
            let untyped = records.map { ActorRecord(document: $0.document, name: $0.name, type: .other, aliases: $0.aliases, attributes: $0.attributes) }
            let inferred = inferredType(untyped, name: name, givenNames: givenNames)
            if tied.contains(inferred) { return inferred }
        }
        return best.key
    }

    /// Each attribute's most common value across the records (ties: the smaller value).
    static func votedAttributes(_ records: [ActorRecord]) -> [String: String] {
        var votes: [String: [String: Int]] = [:]
        for record in records {
            for (key, value) in record.attributes { votes[key, default: [:]][value, default: 0] += 1 }
        }
        return votes.compactMapValues { values in
            values.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
        }
    }
}
