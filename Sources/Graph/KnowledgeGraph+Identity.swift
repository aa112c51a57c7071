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
        let resolution = Resolution(records: records, nodeCount: nodes.count, identity: identity)
        var result = KnowledgeGraph()
        result.identity = identity
        result.documents = documents
        if let dropped { result.documents = result.documents.filter { !dropped($0.key) } }
        for node in resolution.nodes { result.appendVerbatim(node) }
        result.addCanonicalEdges(from: edges, relations: edgeRelations, names: relationNames) { node, document in
            if let dropped, let document, dropped(document) { return nil }
            return resolution.place(node, document)
        }
        return result
    }

    /// Every record with its node, sorted by record and then node; a node without records gets one
    /// made of its own fields, so graphs read from older files re-resolve too.
    /// - Complexity: O(R log R).
    func allRecords() -> [(node: NodeID, record: ActorRecord)] {
        // The sort is stable and breaks ties by node, so a node's records need no sorting first.
        RecordOrder.sorted(unsortedRecords())
    }

    /// The records of every node, unsorted, each with its node (as `allRecords()` pairs them).
    /// - Complexity: O(R).
    func unsortedRecords(offset: Int = 0) -> [(node: NodeID, record: ActorRecord)] {
        var result: [(node: NodeID, record: ActorRecord)] = []
        for node in nodes {
            let id = NodeID(node.id.index + offset)
            if node.records.isEmpty {
                result.append((id, ActorRecord(document: "", name: node.name, type: node.type, aliases: node.aliases, attributes: node.attributes)))
            } else {
                for record in node.records { result.append((id, record)) }
            }
        }
        return result
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
        folded.reserveCapacity(records.count)
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
    static func keyPairs(_ pairs: [(String, String)], rules: IdentityRules) -> [(String, String)] {
        pairs.flatMap { pair in
            [EntityType.other, .person].map { type in (rules.key(forName: pair.0, type: type), rules.key(forName: pair.1, type: type)) }
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
