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
        // Classes by their root, an array rather than a dictionary: a build has millions of records.
        var members = [[Int]](repeating: [], count: records.count)
        var root = [Int](repeating: 0, count: records.count)
        for index in records.indices {
            root[index] = classes.find(index)
            members[root[index]].append(index)
        }
        let givenNames = IdentityRules.learnedGivenNames(records.map(\.record))
        var classKey: [Int: String] = [:]
        var built = members.indices.filter { !members[$0].isEmpty }.map { root in
            let group = members[root]
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
        result.documents = documents
        if let dropped { result.documents = result.documents.filter { !dropped($0.key) } }
        var nodeOfKey: [String: NodeID] = [:]
        for node in built { nodeOfKey[node.key] = result.appendVerbatim(node) }
        var targetOfRoot = [NodeID?](repeating: nil, count: records.count)
        for (root, key) in classKey { targetOfRoot[root] = nodeOfKey[key] }
        // Each old (node, document) pair lands where that document's record of the node went, and
        // a pair without a record where the node's first record went. An old node whose records all
        // went one way (almost every node) needs no per-document table: everything of it lands there.
        var fallback = [NodeID?](repeating: nil, count: nodes.count)
        var split = [Bool](repeating: false, count: nodes.count)
        for (index, entry) in records.enumerated() {
            guard let target = targetOfRoot[root[index]] else { continue }
            if let first = fallback[entry.node.index] {
                if first != target { split[entry.node.index] = true }
            } else {
                fallback[entry.node.index] = target
            }
        }
        var landing: [NodeID: [String: NodeID]] = [:]
        for (index, entry) in records.enumerated() where split[entry.node.index] {
            guard let target = targetOfRoot[root[index]] else { continue }
            if landing[entry.node, default: [:]][entry.record.document] == nil { landing[entry.node, default: [:]][entry.record.document] = target }
        }
        result.addCanonicalEdges(from: edges, relations: edgeRelations, names: relationNames) { node, document in
            if let dropped, let document, dropped(document) { return nil }
            guard split[node.index] else { return fallback[node.index] }
            return document.flatMap { landing[node]?[$0] } ?? fallback[node.index]
        }
        return result
    }

    /// Every record with its node, sorted by record and then node; a node without records gets one
    /// made of its own fields, so graphs read from older files re-resolve too.
    private func allRecords() -> [(node: NodeID, record: ActorRecord)] {
        var result: [(node: NodeID, record: ActorRecord)] = []
        for node in nodes {
            // Not sorted here: the sort below is stable and breaks ties by node, so a node's records
            // end up in the same order either way.
            let records = node.records.isEmpty
                ? [ActorRecord(document: "", name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)]
                : node.records
            for record in records { result.append((node.id, record)) }
        }
        return RecordOrder.sorted(result)
    }

    /// Folded single-word names that stand for the same actor in every article: typed mostly as a
    /// country, place, organisation or group ("Yukos" typed person by one article), or mostly untyped
    /// and never a surname of a named person ("Chelsea"). A person-typed or given-name record of one
    /// is then taken as mistyped rather than as a bare name.
    static func singleNamesMostlyNonPersons(_ records: [ActorRecord]) -> Set<String> {
        singleNamesMostlyNonPersons(shapes: records.map { NameShape(name: $0.name, type: $0.type, count: 1) })
    }

    /// `singleNamesMostlyNonPersons` of the records that `shapes` count.
    static func singleNamesMostlyNonPersons(shapes records: [NameShape]) -> Set<String> {
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
            case .person: votes[words[0], default: (0, 0, 0)].person += record.count
            case .other: votes[words[0], default: (0, 0, 0)].untyped += record.count
            default: votes[words[0], default: (0, 0, 0)].organized += record.count
            }
        }
        return Set(votes.filter { name, vote in
            if surnames.contains(name) { return vote.organized > 0 && vote.organized >= vote.person }
            return vote.organized + vote.untyped > vote.person
        }.keys)
    }

    /// Single words that end a multi-word person name somewhere in `records`: bare surnames.
    static func surnames(_ records: [NameShape]) -> Set<String> {
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
        singleWordContext(shapes: records.map { NameShape(name: $0.name, type: $0.type, count: 1) })
    }

    /// `singleWordContext` of the records that `shapes` count.
    static func singleWordContext(shapes: [NameShape]) -> (crossing: Set<String>, surnames: Set<String>) {
        let crossing = singleNamesMostlyNonPersons(shapes: shapes)
        return (crossing, surnames(shapes).subtracting(crossing))
    }

    /// A name and type as some records give them, and how many records do: what the collection-wide
    /// votes on single words and given names count (the compact build counts each shape once).
    struct NameShape {
        var name: String
        var type: EntityType
        var count: Int
    }
}
