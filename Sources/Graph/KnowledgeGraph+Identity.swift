import Extraction

/// Cross-document identity applied to the whole graph at once, so the result depends only on
/// what the graph holds, never on the order in which articles or graphs were added.
extension KnowledgeGraph {
    /// The graph re-resolved from its actor records with every identity rule (see `IdentityRules`),
    /// in canonical order: nodes by name, type and key; edges by endpoints and relation; evidence by
    /// document and position, each statement once. Equal statements and records give identical
    /// graphs whatever order they were added in, so `merge` of built graphs equals one `build`.
    /// - Complexity: O(R + E log E) for R actor records and E edges, plus sorting V nodes.
    public func canonicalized() -> KnowledgeGraph { canonicalized(excluding: nil) }

    /// The canonical graph without anything read in `document`: its statements, and its records of
    /// actors (an actor no other document names disappears). `build --append` replaces a changed
    /// article this way.
    /// - Complexity: as `canonicalized()`.
    public func removingDocument(_ document: String) -> KnowledgeGraph { canonicalized { $0 == document } }

    /// The canonical graph without the documents read from the input file `path`: the file itself and
    /// the items of a feed or dump (`path#N`).
    /// - Complexity: as `canonicalized()`.
    public func removingDocuments(of path: String) -> KnowledgeGraph {
        canonicalized { $0 == path || ($0.hasPrefix(path) && $0.dropFirst(path.count).first == "#") }
    }

    private func canonicalized(excluding dropped: ((String) -> Bool)?) -> KnowledgeGraph {
        let records = allRecords().filter { dropped?($0.record.document) != true }
        let context = Self.singleWordContext(records.map(\.record))
        var memo = IdentityMemo()
        let keys = records.map { memo.keys(for: $0.record, rules: identity, crossing: context.crossing, surnames: context.surnames) }
        var classes = IdentityClasses(count: records.count, distinct: keyPairs(identity.user.distinct))
        var owner: [String: Int] = [:]
        for (index, recordKeys) in keys.enumerated() {
            for key in recordKeys {
                if let first = owner[key.value] { classes.union(first, index, keys: keys) } else { owner[key.value] = index }
            }
        }
        for (left, right) in keyPairs(identity.user.same) {
            if let a = owner[left], let b = owner[right] { classes.union(a, b, keys: keys) }
        }
        var members: [Int: [Int]] = [:]
        for index in records.indices { members[classes.find(index), default: []].append(index) }
        let givenNames = IdentityRules.learnedGivenNames(records.map(\.record))
        var classKey: [Int: String] = [:]
        var built = members.map { root, group in
            let node = identity.node(records: group.map { records[$0].record }, keys: group.map { keys[$0] }, givenNames: givenNames)
            classKey[root] = node.key
            return node
        }.sorted { ($0.name, $0.type, $0.key) < ($1.name, $1.type, $1.key) }
        // A name that is another actor's own name is no alias here (an article's slip stays in its record).
        let ownNames = Set(built.map { $0.name.lowercased() })
        built = built.map { node in
            var copy = node
            copy.aliases.removeAll { ownNames.contains($0.lowercased()) }
            return copy
        }

        var result = KnowledgeGraph()
        result.identity = identity
        result.reserveCapacity(records: records.count)
        result.documents = documents
        if let dropped { result.documents = result.documents.filter { !dropped($0.key) } }
        var nodeOfKey: [String: NodeID] = [:]
        for node in built { nodeOfKey[node.key] = result.appendVerbatim(node) }
        // Each old (node, document) pair lands where that document's record of the node went.
        var landing: [NodeID: [String: NodeID]] = [:]
        var fallback: [NodeID: NodeID] = [:]
        for (index, entry) in records.enumerated() {
            guard let key = classKey[classes.find(index)], let target = nodeOfKey[key] else { continue }
            if landing[entry.node, default: [:]][entry.record.document] == nil { landing[entry.node, default: [:]][entry.record.document] = target }
            if fallback[entry.node] == nil { fallback[entry.node] = target }
        }
        result.addCanonicalEdges(from: edges) { node, document in
            if let dropped, let document, dropped(document) { return nil }
            return document.flatMap { landing[node]?[$0] } ?? fallback[node]
        }
        return result
    }

    /// Every record with its node, records sorted within each node; a node without records gets one
    /// made of its own fields, so graphs read from older files re-resolve too.
    private func allRecords() -> [(node: NodeID, record: ActorRecord)] {
        var result: [(node: NodeID, record: ActorRecord)] = []
        for node in nodes {
            let records = node.records.isEmpty
                ? [ActorRecord(document: "", name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)]
                : node.records.sorted()
            for record in records { result.append((node.id, record)) }
        }
        return result.sorted { $0.record < $1.record || ($0.record == $1.record && $0.node < $1.node) }
    }

    /// Folded single-word names that stand for the same actor in every article: typed mostly as a
    /// country, place, organisation or group ("Yukos" typed person by one article), or mostly untyped
    /// and never a surname of a named person ("Chelsea"). A person-typed or given-name record of one
    /// is then taken as mistyped rather than as a bare name.
    static func singleNamesMostlyNonPersons(_ records: [ActorRecord]) -> Set<String> {
        var votes: [String: (person: Int, organized: Int, untyped: Int)] = [:]
        var surnames: Set<String> = []
        // A collection names each actor in many records: fold each distinct spelling once ([] when
        // it is no proper name, which counts as no words, as an empty folding always did).
        var folded: [ExactString: [String]] = [:]
        for record in records {
            let spelling = ExactString(record.name)
            let words: [String]
            if let known = folded[spelling] {
                words = known
            } else {
                words = NameKey.isProper(record.name) ? NameKey.words(record.name) : []
                folded[spelling] = words
            }
            if words.count > 1, record.type == .person, let last = words.last { surnames.insert(last) }
            guard words.count == 1 else { continue }
            switch record.type {
            case .person: votes[words[0], default: (0, 0, 0)].person += 1
            case .other: votes[words[0], default: (0, 0, 0)].untyped += 1
            default: votes[words[0], default: (0, 0, 0)].organized += 1
            }
        }
        return Set(votes.filter { name, vote in
            if surnames.contains(name) { return vote.organized > 0 && vote.organized >= vote.person }
            return vote.organized + vote.untyped > vote.person
        }.keys)
    }

    /// Single words that end a multi-word person name somewhere in `records`: bare surnames.
    static func surnames(_ records: [ActorRecord]) -> Set<String> {
        var result: Set<String> = []
        var seen: Set<ExactString> = []
        for record in records where record.type == .person && seen.insert(ExactString(record.name)).inserted {
            let words = NameKey.personWords(record.name)
            if words.count > 1, let last = words.last { result.insert(last) }
        }
        return result
    }

    /// The primary keys of the name pairs of `!same` or `!distinct` lines, each name read as an
    /// untyped actor and as a person (a person's key drops honorifics and middle initials).
    private func keyPairs(_ pairs: [(String, String)]) -> [(String, String)] {
        pairs.flatMap { pair in
            [EntityType.other, .person].map { type in (identity.key(forName: pair.0, type: type), identity.key(forName: pair.1, type: type)) }
        }
    }

    /// What the whole collection says about single words, which per-record keys depend on:
    /// the names that cross articles whatever one article typed them, and the bare surnames.
    static func singleWordContext(_ records: [ActorRecord]) -> (crossing: Set<String>, surnames: Set<String>) {
        let crossing = singleNamesMostlyNonPersons(records)
        return (crossing, surnames(records).subtracting(crossing))
    }
}
