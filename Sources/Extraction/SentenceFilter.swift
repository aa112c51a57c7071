/// Decides which sentences carry content: site boilerplate and headings yield no actors.
enum SentenceFilter {
    /// True when sentence `range` is site furniture ("Subscribe to…", "Discover more from…").
    static func isBoilerplate(_ table: TokenTable, _ range: Range<Int>) -> Bool {
        let words = range.map { table.lower[$0] }.filter { $0.first?.isLetter == true || $0 == "©" }
        let text = words.joined(separator: " ")
        return WordClass.boilerplateWordPrefixes.contains { text.hasPrefix($0) }
    }

    /// True when sentence `range` is a heading: short and ending in a colon, or short, title-case and without
    /// final punctuation or verb.
    static func isHeading(_ table: TokenTable, _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return true }
        let wordTokens = range.filter { !table.isPunctuation($0) }
        if wordTokens.isEmpty { return true }
        if table.lower[last] == ":" && wordTokens.count <= 8 { return true }
        let endsLikeSentence = [".", "!", "?", "\"", "”", "'", "’"].contains(table.lower[last])
        let titleCase = wordTokens.allSatisfy { table.isCapitalised($0) || WordClass.nameConnectors.contains(table.lower[$0])
            || ["and", "a", "an", "in", "on", "to", "with", "at"].contains(table.lower[$0]) }
        let hasVerb = range.contains { table.isVerbal($0, in: range) }
        if !endsLikeSentence && wordTokens.count <= 10 && (titleCase || !hasVerb) { return true }
        return false
    }

    /// True when the sentence may contribute actors and triples.
    static func isContent(_ table: TokenTable, _ range: Range<Int>) -> Bool {
        !isBoilerplate(table, range) && !isHeading(table, range)
    }
}
