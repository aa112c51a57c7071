/// What the whole article says about a capitalised word: the evidence that lets a sentence-initial word open a
/// name, and that keeps two names apart.
extension MentionDetector {
    /// Capitalised words (and the first two words of capitalised runs) seen away from a sentence start, and
    /// capitalised pairs that open two sentences, and unknown words opening a clause (see `opensAsUnknownWord`):
    /// at a sentence start they are names too.
    func capitalisedMidSentence(_ table: TokenTable, content: [Bool]) -> Set<String> {
        var seen: Set<String> = []
        var openingPairs: [String: Int] = [:]
        var openingWords: Set<String> = []
        for (s, range) in table.document.sentences.enumerated() where s < content.count && content[s] {
            if let first = range.first(where: { !table.isPunctuation($0) }), opensAsUnknownWord(table, first, range: range) {
                openingWords.insert(table.lower[first])
            }
            // "Roxy Music will appear …", "Roxy Music were formed …": a pair that opens two sentences is a name.
            if let first = range.first(where: { !table.isPunctuation($0) }), first + 1 < range.upperBound,
               table.isCapitalised(first), table.isCapitalised(first + 1), !table.isPunctuation(first + 1),
               // "Legendary Dutch coach …" in a headline and its first sentence: a nationality is no name's part.
               gazetteer.country(demonym: table.word(first + 1)) == nil, gazetteer.country(demonym: table.word(first)) == nil {
                let pair = table.lower[first] + " " + table.lower[first + 1]
                openingPairs[pair, default: 0] += 1
                if openingPairs[pair] == 2 { seen.insert(pair) }
            }
            for i in range where (!isSentenceInitial(table, i, range: range) || table.isAllCaps(i)) && table.isCapitalised(i) {
                // Only standalone names count: "Agriculture" in "Ministry of Agriculture" says nothing about a
                // sentence-initial "Agriculture is …".
                let before = i > range.lowerBound && (table.isCapitalised(i - 1) || WordClass.nameConnectors.contains(table.lower[i - 1]))
                let after = i + 1 < range.upperBound && (table.isCapitalised(i + 1) || WordClass.nameConnectors.contains(table.lower[i + 1]))
                if table.isAllCaps(i) || (!before && !after) { seen.insert(table.lower[i]) }
                // A name's first two words as the name itself opens: "Electronic Arts" read mid-sentence makes a
                // sentence-initial "Electronic Arts was …" a name, though "Electronic" alone is an adjective.
                if !before, i + 1 < range.upperBound, table.isCapitalised(i + 1), !table.isPunctuation(i + 1),
                   !table.isPunctuation(i), !isSentenceInitial(table, i, range: range) {
                    seen.insert(table.lower[i] + " " + table.lower[i + 1])
                }
            }
        }
        // "Siemens said …": a word the tagger never learnt that opens a clause before its verb, and that the article
        // never writes in lower case, is a name, though the tagger reads it as a plural noun.
        if !openingWords.isEmpty {
            let lowerCase = Set(table.lower.indices.lazy.filter { !table.isCapitalised($0) }.map { table.lower[$0] })
            seen.formUnion(openingWords.subtracting(lowerCase))
        }
        return seen
    }

    /// True when `i` is a capitalised word of three or more letters outside the tagger's vocabulary, followed by a
    /// verb, read as a noun (not "Formerly known as …"), and no listed place, demonym, sentence opener, plural of
    /// a person noun ("Protesters", "Campaigners") or abstract noun ("Optimism").
    func opensAsUnknownWord(_ table: TokenTable, _ i: Int, range: Range<Int>) -> Bool {
        let word = table.lower[i]
        guard !["ers", "ors", "ists", "ians", "ants", "ents", "ees", "ies", "ings", "ions", "ism", "ness", "ity", "ment"].contains(where: word.hasSuffix) else {
            return false
        }
        guard table.isCapitalised(i), !table.isInVocabulary(i), word.count >= 3, ["NOUN", "PROPN"].contains(table.upos(i) ?? ""),
              table.lower[i].allSatisfy(\.isLetter), i + 1 < range.upperBound,
              let next = table.upos(i + 1), next == "VERB" || next == "AUX" || (next == "ADV" && i + 2 < range.upperBound && table.upos(i + 2) == "VERB"),
              !WordClass.sentenceStarters.contains(table.lower[i]), !table.isClosedClass(i),
              gazetteer.country(demonym: table.word(i)) == nil else { return false }
        // "Rugby stars Tom Hale": a verb in "-s" before a name may be a plural noun the word qualifies.
        if table.lower[i + 1].hasSuffix("s"), i + 2 < range.upperBound, table.isCapitalised(i + 2) { return false }
        return true
    }

    /// True when the capitalised word at `i` is written elsewhere in the document as a name of its own (no
    /// capitalised neighbour on either side).
    /// - Complexity: O(n) for n tokens; asked only where an "and" might join two names into one.
    func standsAlone(_ table: TokenTable, _ i: Int) -> Bool {
        let word = table.lower[i], count = table.lower.count
        return table.lower.indices.contains { k in
            k != i && table.lower[k] == word && table.isCapitalised(k)
                && (k == 0 || !table.isCapitalised(k - 1) || table.isPunctuation(k - 1))
                && (k + 1 >= count || !table.isCapitalised(k + 1) || table.isPunctuation(k + 1))
        }
    }
}
