extension MentionDetector {
    /// A four-digit year of the last or this century ("2004"), as a token of its own.
    func isYear(_ table: TokenTable, _ j: Int) -> Bool {
        guard j < table.lower.count else { return false }
        let word = table.lower[j]
        return word.count == 4 && word.allSatisfy { $0.isASCII && $0.isNumber } && (word.hasPrefix("19") || word.hasPrefix("20"))
    }
}
