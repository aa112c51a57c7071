/// Groups named by number before their members: "Three senior executives of Acme are to leave. The trio are A, B
/// and C." The lead sentence says what the group does; the next names who is in it.
extension ClauseReader {
    /// Collective nouns and numbers that a defining "The trio are …" may open with, and how many they count.
    static let groupCounts: [String: Int] = ["pair": 2, "duo": 2, "couple": 2, "two": 2, "trio": 3, "three": 3, "four": 4, "quartet": 4]

    /// Verbs of leaving whose place left is the group's organisation when they have no object.
    static let leavingVerbs: Set<String> = ["leave", "quit", "resign", "depart", "exit"]

    /// "The trio are A, B and C" after "Three executives of Acme are set to leave": A, B and C —leave→ Acme.
    /// - Complexity: O(n) for n tokens of this and the previous sentence.
    func groupDepartures(source: String?) -> [Statement] {
        let first = range.lowerBound
        guard range.count > 4, table.lower[first] == "the", let count = Self.groupCounts[table.lower[first + 1]],
              ["are", "were"].contains(table.lower[first + 2]) else { return [] }
        let members = mentions.indices.filter { m in
            range.contains(mentions[m].start) && mentions[m].kind == .name && mentions[m].entity >= 0
                && [.person, .other].contains(mentions[m].type)
        }
        guard members.count == count, let sentence = members.first.map({ mentions[$0].sentence }), sentence > 0 else { return [] }
        let lead = table.document.sentences[sentence - 1]
        guard let (organization, verb) = leavingGroup(in: lead, count: count) else { return [] }
        return members.map { m in
            Statement(subject: m, relation: table.verbLemma(verb), object: organization,
                      surface: table.text(first..<range.upperBound), confidence: 0.7, negated: false,
                      position: mentions[m].start, source: source)
        }
    }

    /// "Three senior executives of Ireland's airline, Aer Lingus, are set to leave": a sentence opening with the
    /// group's number, a plural noun and "of" an organisation, whose verb of leaving has no object.
    private func leavingGroup(in lead: Range<Int>, count: Int) -> (Int, Int)? {
        var k = lead.lowerBound
        if table.lower[k] == "the" { k += 1 }
        guard k < lead.upperBound, Self.groupCounts[table.lower[k]] == count else { return nil }
        k += 1
        let nounStart = k
        while k < lead.upperBound, k - nounStart < 4, table.isLowercaseContentWord(k), table.lower[k] != "of" { k += 1 }
        guard k > nounStart, k < lead.upperBound, table.lower[k] == "of", table.lower[k - 1].hasSuffix("s") else { return nil }
        // The organisation: the first organisation-like name after "of" that no possessive turns into a qualifier.
        var organization: Int?
        var j = k + 1
        // Up to the group's verb; "state-owned" is a compound adjective, not a verb.
        while j < lead.upperBound, !table.isAuxiliary(j), !table.isMainVerb(j, in: lead) || table.lower[j - 1] == "-" {
            if organization == nil, let m = mentionAt[j], mentions[m].start == j, mentions[m].entity >= 0,
               [.organization, .other].contains(mentions[m].type), !table.isPossessive(mentions[m].end) {
                organization = m
            }
            j += 1
        }
        guard let organization else { return nil }
        while j < lead.upperBound, !Self.leavingVerbs.contains(table.verbLemma(j)) {
            if table.isPunctuation(j) && table.lower[j] != "," || mentionAt[j] != nil { return nil }
            j += 1
        }
        guard j + 1 < lead.upperBound, table.isMainVerb(j, in: lead) else { return nil }
        // "… to leave Acme for Bex": an object of its own makes the left place explicit and read elsewhere.
        let next = table.lower[j + 1] == "the" ? j + 2 : j + 1
        guard next < lead.upperBound, mentionAt[next] == nil else { return nil }
        return (organization, j)
    }
}
