import NLP

/// Per-token facts the rules read, computed once per document: case, tags when present, verb lemmas.
struct TokenTable: Sendable {
    /// Mutable only so that a parse added after mention detection reaches the readers.
    var document: Document
    /// Lower-cased words with curly apostrophes straightened.
    let lower: [String]
    /// Whether a tagger filled `upos`, so tags can be trusted over word lists.
    let tagged: Bool
    /// Case and letter facts of each word (`WordShape`), read by the rules many times per token.
    private let shapes: [WordShape]

    init(_ document: Document) {
        self.document = document
        // Most words have no curly apostrophe; the Foundation search it skips was about 1% of extraction
        // time in a profile.
        lower = document.words.map { word in
            let lowered = word.lowercased()
            return lowered.unicodeScalars.contains("’") ? lowered.replacingOccurrences(of: "’", with: "'") : lowered
        }
        tagged = document.isTagged
        shapes = document.words.map(WordShape.init)
    }

    var count: Int { lower.count }

    func word(_ i: Int) -> String { document.words[i] }

    /// The universal POS tag, or nil when untagged.
    func upos(_ i: Int) -> String? { tagged ? document.upos[i] : nil }

    /// The Penn tag, or nil when untagged.
    func xpos(_ i: Int) -> String? { tagged && document.xpos.count == count ? document.xpos[i] : nil }

    /// True when the word starts with an upper-case letter.
    func isCapitalised(_ i: Int) -> Bool { shapes[i].contains(.capitalised) }

    /// True for words of two or more letters, all upper-case ("ECOWAS", "UK").
    func isAllCaps(_ i: Int) -> Bool { shapes[i].contains(.allCaps) }

    /// True when the token has no letter or digit (commas, quotes, brackets).
    func isPunctuation(_ i: Int) -> Bool { shapes[i].contains(.punctuation) }

    /// True when the word has two or more letters.
    func hasTwoLetters(_ i: Int) -> Bool { shapes[i].contains(.twoLetters) }

    /// "MPs", "MSPs", "MSc": capitals then one or two lower-case letters name a kind of person or degree.
    func isPluralAbbreviation(_ i: Int) -> Bool { shapes[i].contains(.pluralAbbreviation) }

    /// True for the possessive clitic as its own token ("'s", "’s", or a bare apostrophe after a plural).
    func isPossessive(_ i: Int) -> Bool {
        i < count && (lower[i] == "'s" || lower[i] == "'")
    }

    /// True for words that only ever work as grammar (determiners, prepositions, pronouns, auxiliaries…).
    func isClosedClass(_ i: Int) -> Bool { WordClass.closedClass.contains(lower[i]) }

    /// False for a word the tagger's training data did not hold often enough to know (true when untagged).
    func isInVocabulary(_ i: Int) -> Bool {
        document.inVocabulary.count == count ? document.inVocabulary[i] : true
    }

    /// The lemma of a verb token: the tagger's lemma when there is one, else suffix rules.
    func verbLemma(_ i: Int) -> String {
        // Regular inflection and the common irregulars are handled by rule; the trained lemmatizer
        // covers what the rules leave unchanged.
        let ruled = SuffixLemmatizer.verbLemma(lower[i])
        guard document.lemmas.count == count, !document.lemmas[i].isEmpty, document.lemmas[i] != "_" else { return ruled }
        // A word read as a verb against its tag ("beat" tagged as a preposition) has a lemma of that other reading.
        if let tag = upos(i), tag != "VERB", tag != "AUX", ruled == lower[i] { return ruled }
        let learned = document.lemmas[i].lowercased()
        // A word the tagger knows well was lemmatised from the training table, not guessed from its suffix: the rules
        // undo doublings and drop "e"s that are not there ("added" → "ad", "focused" → "focuse"), the table does not.
        if document.inVocabulary.count == count, document.inVocabulary[i] { return learned }
        // The rules miss some silent "e"s ("hoped" → "hop", "mediated" → "mediat"); the trained lemmatizer knows
        // those words, but also adds a wrong "e" to some it never saw ("monitored" → "monitore"), so it is
        // trusted on short stems and on endings that nearly always take the "e".
        let silentE = learned == ruled + "e"
            && (ruled.count <= 4 && !SuffixLemmatizer.endsInVowelPair(ruled) || SuffixLemmatizer.likelyLostSilentE(ruled))
        return ruled == lower[i] || silentE ? learned : ruled
    }

    /// The lemma of a noun token: the tagger's when present, else the word itself.
    func nounLemma(_ i: Int) -> String {
        if document.lemmas.count == count, !document.lemmas[i].isEmpty, document.lemmas[i] != "_" {
            return document.lemmas[i].lowercased()
        }
        return lower[i]
    }

    /// The text of tokens `range`, spaced as in the original.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return document.text(of: document.span(range))
    }
}
