import Extraction

/// Types for actors that no article typed: the names themselves are evidence.
extension IdentityRules {
    /// Last words that make a name an organisation ("Aer Lingus Group", "Deutsche Bank", "Yukos Oil").
    static let organizationHeads: Set<String> = [
        "inc", "ltd", "plc", "corp", "corporation", "co", "company", "group", "bank", "holdings", "airways", "airlines",
        "motors", "industries", "party", "council", "ministry", "department", "agency", "association", "union",
        "federation", "commission", "committee", "institute", "university", "college", "club", "fc", "foundation",
        "trust", "fund", "board", "authority", "office", "court", "service", "services", "times", "news", "post",
        "journal", "telegraph", "records", "studios", "pictures", "entertainment", "games", "software", "systems",
        "technologies", "networks", "communications", "telecom", "energy", "oil", "petroleum", "pharmaceuticals",
        "media", "press", "police", "army", "navy", "parliament", "assembly", "government", "exchange", "society",
        "organization", "network", "channel", "airport", "league", "team", "brothers", "electronics", "capital",
    ]

    /// The type the names and titles of untyped records imply: a personal title or "Mr X" alias, or
    /// a given name (bundled, or `learned` from the collection) opening a two- or three-word name, gives a person; an organisation word ending the
    /// name gives an organisation; otherwise `other`.
    func inferredType(_ records: [ActorRecord], name: String, givenNames learned: Set<String> = []) -> EntityType {
        let words = NameKey.words(name)
        // One word with a title is a surname at best, and often a mistyped company: leave it untyped.
        if words.count >= 2, records.contains(where: { $0.attributes["title"] != nil }) { return .person }
        let aliases = records.flatMap(\.aliases)
        if words.count >= 2, aliases.contains(where: { alias in
            let words = NameKey.words(alias)
            return words.count >= 2 && NameKey.honorifics.contains(words[0])
        }) { return .person }
        if let last = words.last, words.count >= 2 || last == "plc", Self.organizationHeads.contains(last) { return .organization }
        // Articles call a person by the surname alone ("Toure" for Kolo Toure); a firm or club by its
        // last word mostly when the first is a place ("Villa" for Aston Villa), which the gazetteer knows.
        if words.count == 2, let first = name.split(separator: " ").first, gazetteer?.entry(named: String(first)) == nil,
           !Self.organizationHeads.contains(words[1]),
           aliases.contains(where: { NameKey.words($0) == [words[1]] }) { return .person }
        if (2...3).contains(words.count), let first = name.split(separator: " ").first,
           learned.contains(String(first)) || gazetteer?.givenNames.contains(String(first)) == true,
           NameKey.isProper(name) { return .person }
        return .other
    }
}

extension IdentityRules {
    /// First words that open person names more often than any other kind of name in `records`, at
    /// least twice: the collection's own given names ("Stuart", "Vicky"), which the bundled list lacks.
    static func learnedGivenNames(_ records: [ActorRecord]) -> Set<String> {
        learnedGivenNames(shapes: records.map { KnowledgeGraph.NameShape(name: $0.name, type: $0.type, count: 1) })
    }

    /// `learnedGivenNames` of the records that `shapes` count.
    static func learnedGivenNames(shapes records: [KnowledgeGraph.NameShape]) -> Set<String> {
        var votes: [String: (person: Int, other: Int)] = [:]
        for record in records where record.type != .other {
            let words = record.name.split(separator: " ")
            guard words.count >= 2, let first = words.first, first.first?.isUppercase == true else { continue }
            if record.type == .person {
                votes[String(first), default: (0, 0)].person += record.count
            } else {
                votes[String(first), default: (0, 0)].other += record.count
            }
        }
        return Set(votes.filter { $0.value.person >= 2 && $0.value.person > 2 * $0.value.other }.keys)
    }
}
