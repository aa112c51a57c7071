/// Named awards and prize ceremonies ("the Turner Prize", "an Oscar nomination", "won a Bafta"): nodes that
/// actors win, present, host and are nominated for. They are typed `.work`, not `.other`: like a film, an award
/// is a named thing no pronoun should take for a person and no title should attach to, and `.other` is the
/// untyped name that role and anaphora rules still read as a possible person or firm.
extension MentionDetector {
    /// Nouns that end an award's name, capitalised or not ("the Turner Prize", "the Golden Joystick awards").
    private static let awardHeads: Set<String> = ["award", "awards", "prize", "prizes"]
    /// Awards known by a name of their own. Some are given names too ("Oscar", "Emmy"), so a single word
    /// counts only where an award is written (see `singleAwardWord`).
    private static let awardNames: Set<String> = [
        "oscar", "oscars", "bafta", "baftas", "emmy", "emmys", "grammy", "grammys", "golden globe", "golden globes",
    ]
    /// Award names that are not also given names, taken wherever they stand.
    private static let unambiguousAwardNames: Set<String> = ["oscars", "bafta", "baftas", "emmys", "grammy", "grammys",
                                                             "golden globe", "golden globes"]
    /// Lower-case words after a bare award name that show it is the award ("an Oscar nomination", "Emmy winner").
    private static let awardFollowers: Set<String> = [
        "nomination", "nominations", "nod", "nods", "win", "wins", "award", "awards", "ceremony", "statuette",
        "buzz", "buzzes", "glory", "success",
    ]
    /// Words after an award's name that make it a modifier of a person ("Oscar hopeful Clive Owen", "Bafta winner
    /// X", "Oscar-winning director Y"): the award is then no node of the sentence, since what is said is said of them.
    private static let modifiedPersonNouns: Set<String> = [
        "hopeful", "hopefuls", "nominee", "nominees", "winner", "winners", "contender", "contenders", "-",
    ]

    /// True when a work mention's name is an award's ("Tony Award", "Oscar", "the Golden Joystick awards"): awards
    /// are won, not made or starred in.
    static func isAwardName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return awardNames.contains(lowered) || lowered.split(separator: " ").last.map { awardHeads.contains(String($0)) } ?? false
    }

    /// The award mention the capitalised run `span` makes (none when it qualifies a person), with the token after it;
    /// nil when it names no award.
    /// A lower-case head right after the run belongs to the name ("the Golden Joystick awards").
    func awardMention(_ table: TokenTable, _ span: Range<Int>, sentence: Int, range: Range<Int>) -> ([Mention], Int)? {
        let lowered = span.map { table.lower[$0] }
        guard let last = lowered.last, let first = lowered.first else { return nil }
        let after = span.upperBound
        let headFollows = after < range.upperBound && Self.awardHeads.contains(table.lower[after]) && !table.isCapitalised(after)
        var end = span.upperBound
        if span.count >= 2, Self.awardHeads.contains(last) {
            // "the Nobel Peace Prize", "a Tony Award": the capitalised head names the award.
        } else if headFollows, !gazetteer.givenNames.contains(table.word(span.lowerBound)),
                  !WordClass.titles.contains(first.trimmingDots), !WordClass.eventCues.contains(last) {
            // "the Golden Joystick awards", "the Booker prize"; a person's or an event's run before the head
            // ("Tony Blair prize", "World Cup awards") is the award's namesake, not its name.
            end += 1
        } else if Self.awardNames.contains(lowered.joined(separator: " ")) {
            if after < range.upperBound, Self.modifiedPersonNouns.contains(table.lower[after]) { return ([], after) }
            guard Self.unambiguousAwardNames.contains(lowered.joined(separator: " ")) || singleAwardWord(table, span, range: range)
            else { return nil }
            if headFollows { end += 1 }
        } else {
            return nil
        }
        if end < range.upperBound, Self.modifiedPersonNouns.contains(table.lower[end]) { return ([], end) }
        var start = span.lowerBound
        if start - 1 > range.lowerBound, table.isCapitalised(start - 1), WordClass.determiners.contains(table.lower[start - 1]),
           ["the", "a", "an"].contains(table.lower[start - 2]) {
            start -= 1  // "the Most Wanted for Christmas prize": a capitalised quantifier after an article opens the name
        }
        let mention = Mention(tokens: start..<end, sentence: sentence, kind: .name, name: table.text(start..<end),
                              aliases: [], type: .work, gazetteerKey: nil)
        return ([mention], end)
    }

    /// True when a bare "Oscar" or "Emmy" is written as the award: after an article or a possessive ("an Oscar",
    /// "her first Oscar") or before a word only the award takes ("Oscar nomination"); "Oscar Pistorius" and
    /// "Oscar said" stay a person.
    private func singleAwardWord(_ table: TokenTable, _ span: Range<Int>, range: Range<Int>) -> Bool {
        guard span.count == 1 else { return false }
        let next = span.upperBound
        if next < range.upperBound, Self.awardFollowers.contains(table.lower[next]) { return true }
        var j = span.lowerBound - 1
        // "her first Oscar", "a second Emmy": an ordinal or adjective between the article and the name.
        while j > range.lowerBound, ["first", "second", "third", "fourth", "fifth", "coveted", "honorary"].contains(table.lower[j]) { j -= 1 }
        guard j >= range.lowerBound else { return false }
        return ["a", "an", "the", "her", "his", "their", "its", "another", "no"].contains(table.lower[j])
    }
}
