/// Award categories named in lower case ("the prize for best online game of the year", "was named top publisher of
/// the year", "was voted best newcomer"): news says who won through them as often as through the award's own name,
/// so they are `work` nodes like named awards. Only where an award noun or a verb of naming introduces them: a
/// lower-case phrase elsewhere ("the best quarter of the year") names nothing.
extension MentionDetector {
    /// Nouns of an award whose "for" phrase is the category ("the prize for best actress").
    private static let awardCategoryHolders: Set<String> = [
        "award", "awards", "prize", "prizes", "honour", "honours", "honor", "honors", "trophy", "accolade", "gong",
        "nomination", "nominations",
    ]
    /// Verbs whose passive complement is a title given to the subject ("was named top publisher of the year").
    private static let namingVerbs: Set<String> = ["named", "voted", "crowned"]
    /// Words that open a category ("best actress", "top publisher", "most promising newcomer").
    private static let categoryOpeners: Set<String> = ["best", "top", "most", "outstanding"]
    /// Periods a category is given for ("player of the season", "game of 2004").
    private static let categoryPeriods: Set<String> = ["year", "season", "decade", "month", "tournament", "championship"]

    /// True when a work mention's name has the shape of a category ("best online game of the year", "Most Wanted
    /// game of 2005"): an opening word of merit or a closing period.
    static func isAwardCategoryName(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
        let year = last.count == 4 && last.allSatisfy(\.isNumber)
        return categoryOpeners.contains(first) || words.count >= 3 && words[words.count - 2] == "of" && year
            || words.count >= 4 && words[words.count - 3] == "of" && categoryPeriods.contains(last)
    }

    /// The category mention starting at `i` (after its article), when an award noun with "for" or a verb of naming
    /// stands right before it; nil otherwise.
    /// - Complexity: O(k) for the k ≤ 8 words of the phrase.
    func awardCategory(_ table: TokenTable, at i: Int, sentence: Int, range: Range<Int>) -> Mention? {
        var start = i
        if table.lower[start] == "the" { start += 1 }
        guard start < range.upperBound, start - 2 >= range.lowerBound, !table.isPunctuation(start) else { return nil }
        let afterHolder = table.lower[i - 1] == "for" && Self.awardCategoryHolders.contains(table.lower[i - 2])
        let afterNaming = table.lower[i - 1] != "for" && Self.namingVerbs.contains(table.lower[i - 1])
            && ["was", "were", "been", "be", "is", "are", "being"].contains(table.lower[i - 2])
        guard afterHolder || afterNaming, let end = categoryEnd(table, from: start, range: range) else { return nil }
        let opens = Self.categoryOpeners.contains(table.lower[start])
        let dated = end - 2 > start && (table.lower[end - 2] == "of" && isYear(table, end - 1)
            || table.lower[end - 3] == "of" && Self.categoryPeriods.contains(table.lower[end - 1]))
        // "an award for bravery", "was named chief executive": a cause or a post, not a category.
        guard opens || dated else { return nil }
        let text = table.text(start..<end)
        var mention = Mention(tokens: i..<end, sentence: sentence, kind: .name, name: text, aliases: [text], type: .work, gazetteerKey: nil)
        mention.isCategory = true
        return mention
    }

    /// One past the category's last word: nouns and modifiers up to eight words, with one "of the year" or "of 2004"
    /// after them; nil when the phrase ends on no noun (or year).
    private func categoryEnd(_ table: TokenTable, from start: Int, range: Range<Int>) -> Int? {
        var j = start
        while j < range.upperBound, j - start < 8 {
            let w = table.lower[j]
            if w == "of" {
                guard j > start else { return nil }
                if j + 1 < range.upperBound, isYear(table, j + 1) { return j + 2 }
                if j + 2 < range.upperBound, table.lower[j + 1] == "the", Self.categoryPeriods.contains(table.lower[j + 2]) { return j + 3 }
                break
            }
            guard !table.isPunctuation(j) || w == "-", !table.isPossessive(j), let tag = table.upos(j),
                  ["NOUN", "PROPN", "ADJ", "ADV", "VERB", "NUM"].contains(tag) || w == "-" else { break }
            // A verb ends the phrase ("the prize for best film went to …"); a capitalised one is inside it ("Most Wanted").
            if tag == "VERB", !table.isCapitalised(j) { break }
            j += 1
        }
        guard j > start, let tag = table.upos(j - 1), ["NOUN", "PROPN"].contains(tag) else { return nil }
        return j
    }
}
