/// Decides which sentences carry content: site boilerplate and headings yield no actors.
enum SentenceFilter {
    /// True when sentence `range` is site furniture ("Subscribe to…", "Discover more from…").
    static func isBoilerplate(_ table: TokenTable, _ range: Range<Int>) -> Bool {
        let kept = { (word: String) in word.first?.isLetter == true || word == "©" }
        // The joined words can only open with a prefix whose first word opens the first word; an ASCII first
        // word opening none settles it without joining the sentence (run on every sentence).
        if let first = range.lazy.map({ table.lower[$0] }).first(where: kept), first.utf8.allSatisfy({ $0 < 0x80 }),
           !WordClass.boilerplateFirstWords.contains(where: { first.utf8.starts(with: $0.utf8) }) {
            return false
        }
        let words = range.map { table.lower[$0] }.filter(kept)
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
        guard !endsLikeSentence && wordTokens.count <= 10 else { return false }
        // Only short unfinished lines get here, so the verb scan runs on few sentences.
        let titleCase = wordTokens.allSatisfy { table.isCapitalised($0) || WordClass.nameConnectors.contains(table.lower[$0])
            || ["and", "a", "an", "in", "on", "to", "with", "at"].contains(table.lower[$0]) }
        return titleCase || !range.contains { table.isVerbal($0, in: range) }
    }

    /// True when the sentence may contribute actors and triples.
    static func isContent(_ table: TokenTable, _ range: Range<Int>) -> Bool {
        !isBoilerplate(table, range) && !isHeading(table, range)
    }
}
