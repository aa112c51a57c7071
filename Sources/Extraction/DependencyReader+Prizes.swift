/// Who wins an award, where news says it with the award as the subject or the winner as a passive one: "the prize
/// for best online game went to X", "the Turner Prize, which went to X" (going to someone), "X was named top
/// publisher of the year", "was voted best newcomer" (named to a category); "the awards, presented by X" (who hosts).
extension DependencyReader {
    /// Nouns of an award that goes to someone ("the top honour for … went to X").
    private static let prizeNouns: Set<String> = [
        "award", "awards", "prize", "prizes", "honour", "honours", "honor", "honors", "trophy", "accolade", "gong",
    ]

    /// The winners of the sentence's awards.
    /// - Complexity: O(n) for n tokens of the sentence.
    func prizeStatements() -> [ClauseReader.Statement] {
        var result: [ClauseReader.Statement] = []
        for v in range where table.upos(v) == "VERB" {
            switch table.verbLemma(v) {
            case "go":
                guard let award = awardGoing(v) else { continue }
                for obl in kids(v, ["obl"]) where kids(obl, ["case"]).contains(where: { table.lower[$0] == "to" }) {
                    for w in conjuncts(obl).compactMap({ winner(at: $0) }) where mentions[w].entity != mentions[award].entity {
                        result.append(workStatement(w, "win", award, at: v))
                    }
                }
            case "name", "vote", "crown":
                // The category mention exists only after "was named", "were voted" (see `awardCategory`).
                let categories = kids(v, ["obj", "xcomp", "obl", "nsubj"]).compactMap { mentionAt[$0] }.filter { c in
                    mentions[c].isCategory && mentions[c].entity >= 0 && mentions[c].start > v
                }
                guard !categories.isEmpty else { continue }
                for s in subjects(of: v).heads where s < v {
                    guard let holder = actor(at: s), holder.words.isEmpty, mentions[holder.mention].type != .work else { continue }
                    for c in categories where mentions[c].entity != mentions[holder.mention].entity {
                        result.append(workStatement(holder.mention, "be \(table.lower[v])", c, at: v))
                    }
                }
            case "present", "host", "compere", "front":
                if let statement = presenterStatement(v) { result.append(statement) }
            default:
                continue
            }
        }
        return result
    }

    /// "at the awards, presented by Little Britain star Matt Lucas", "the Brit awards hosted by X": a reduced relative
    /// right after an award's name (parsers often hang it on an earlier noun) names who presents the ceremony.
    private func presenterStatement(_ v: Int) -> ClauseReader.Statement? {
        guard table.isParticiple(v), v + 1 < range.upperBound, table.lower[v + 1] == "by" else { return nil }
        let before = table.lower[v - 1] == "," ? v - 2 : v - 1
        guard before >= range.lowerBound, let award = mentionAt[before], mentions[award].end == before + 1,
              mentions[award].entity >= 0, mentions[award].type == .work, MentionDetector.isAwardName(mentions[award].name),
              let agent = kids(v, ["obl:agent", "obl"]).first(where: { $0 > v }), let host = actor(at: agent), host.words.isEmpty,
              [.person, .other].contains(mentions[host.mention].type), mentions[host.mention].entity != mentions[award].entity
        else { return nil }
        return workStatement(host.mention, "present", award, at: v)
    }

    /// The award that goes somewhere at verb `v`: its subject (or, for "which", the noun the clause hangs on or the
    /// name before the comma) when that is an award's name or category, or an award noun whose "for" phrase names
    /// the category ("the prize for best film").
    private func awardGoing(_ v: Int) -> Int? {
        guard let s = kids(v, ["nsubj"]).first else { return nil }
        var heads = [s]
        if WordClass.relativePronouns.contains(table.lower[s]) {
            heads = relation(v) == "acl:relcl" ? [table.document.heads[v]] : []
            // ", which went to": parsers often hang the clause on the verb; the name before the comma is what went.
            if s - 2 >= range.lowerBound, table.lower[s - 1] == "," { heads.append(s - 2) }
        }
        for head in heads where range.contains(head) {
            if let m = mentionAt[head], mentions[m].entity >= 0, mentions[m].type == .work,
               MentionDetector.isAwardName(mentions[m].name) || MentionDetector.isAwardCategoryName(mentions[m].name) {
                return m
            }
            guard Self.prizeNouns.contains(table.lower[head]) else { continue }
            let category = kids(head, ["nmod"]).lazy.compactMap { n -> Int? in
                guard kids(n, ["case"]).contains(where: { self.table.lower[$0] == "for" }), let m = self.mentionAt[n],
                      self.mentions[m].entity >= 0, self.mentions[m].type == .work else { return nil }
                return m
            }.first
            if let category { return category }
        }
        return nil
    }

    /// The one an award goes to, at the head of the "to" phrase: a named actor, or the name in apposition to a work
    /// noun ("to the Nintendo title, The Legend of Zelda", which the parser may hang elsewhere).
    private func winner(at head: Int) -> Int? {
        let comma = head + 1
        if Self.madeNouns.contains(table.lower[head]), comma + 1 < range.upperBound, table.lower[comma] == "," {
            let next = table.lower[comma + 1] == "the" ? comma + 2 : comma + 1
            if next < range.upperBound, let m = mentionAt[next], mentions[m].start >= comma, mentions[m].entity >= 0, mentions[m].kind == .name {
                return m
            }
        }
        guard let found = actor(at: head), found.words.isEmpty, mentions[found.mention].type != .work
            || !MentionDetector.isAwardName(mentions[found.mention].name) else { return nil }
        return found.mention
    }
}
