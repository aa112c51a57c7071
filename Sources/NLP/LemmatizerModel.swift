/// A trained lemmatizer: a (form, XPOS) → lemma table plus per-tag suffix rewrite rules for unseen words.
struct LemmatizerModel: Sendable {
    /// The longest word suffix a rule is keyed by.
    static let maxSuffix = 5
    /// "form\tXPOS" (and "lowercase form\tXPOS") → lemma.
    let table: [String: String]
    /// "XPOS\tsuffix" → rule, for suffixes of length 0 up to `maxSuffix`.
    let rules: [String: LemmaRule]

    /// The lemma of `word` tagged `xpos`.
    /// - Complexity: O(maxSuffix) dictionary look-ups.
    func lemma(_ word: String, xpos: String) -> String {
        let form = WordForm.normalized(word)
        if let known = table[form + "\t" + xpos] { return known }
        let lower = form.lowercased()
        if let known = table[lower + "\t" + xpos] { return known }
        // EWT keeps proper nouns (and symbols-only tokens) as written.
        if xpos.hasPrefix("NNP") || !form.contains(where: { $0.isLetter }) { return form }
        let characters = Array(lower)
        for length in stride(from: min(Self.maxSuffix, characters.count), through: 0, by: -1) {
            let suffix = String(characters[(characters.count - length)...])
            if let rule = rules[xpos + "\t" + suffix], let lemma = rule.apply(to: lower) { return lemma }
        }
        return lower
    }
}
