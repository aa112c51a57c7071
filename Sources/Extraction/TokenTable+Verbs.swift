/// Finding verbs: tags when a tagger ran, otherwise closed-class words and morphology.
extension TokenTable {
    /// True when token `i` (inside `sentence`) is a main or auxiliary verb.
    func isVerbal(_ i: Int, in sentence: Range<Int>) -> Bool {
        isMainVerb(i, in: sentence) || isAuxiliary(i)
    }

    /// True for auxiliaries and modals ("has", "was", "will").
    func isAuxiliary(_ i: Int) -> Bool {
        if let tag = upos(i) { return tag == "AUX" && WordClass.auxiliaries.contains(lower[i]) }
        return WordClass.auxiliaries.contains(lower[i]) && lower[i] != "'s"
    }

    /// True when token `i` is a content verb.
    func isMainVerb(_ i: Int, in sentence: Range<Int>) -> Bool {
        // With tags, only a VERB, an "-s" NOUN, an "-ed" ADJ or a word right after "has" can pass the checks below; the readers ask
        // this of every token, so the rest leave at once.
        if upos(i) != "VERB", isResultVerbBetweenNames(i, in: sentence) { return true }
        if let tag = upos(i), tag != "VERB",
           !(tag == "NOUN" && lower[i].hasSuffix("s")), !(tag == "ADJ" && lower[i].hasSuffix("ed")),
           !((tag == "ADJ" || tag == "NOUN") && i > sentence.lowerBound && ["has", "have", "had"].contains(lower[i - 1])) {
            return false
        }
        if isCapitalised(i) && i != sentence.lowerBound { return false }
        if let p = previousWord(before: i, in: sentence),
           WordClass.determiners.contains(lower[p]) || isPossessive(p) {
            return false  // "the elected government": a participle used as an adjective
        }
        if let tag = upos(i) {
            let w = lower[i]
            if WordClass.prepositions.contains(w) || WordClass.determiners.contains(w) || WordClass.personalPronouns.contains(w) {
                return false  // "amid", "like", "that": a tagger's VERB on these is a slip
            }
            if tag == "VERB" {
                // "held talks with": when the parse makes the word a verb's object or a noun's dependent, the VERB tag
                // was a slip ("talks", "plans", "calls" are both).
                if document.isParsed, w.hasSuffix("s"), ["obj", "iobj", "nsubj", "nsubj:pass", "obl", "compound"].contains(document.deprels[i]) {
                    return false
                }
                // "provide training to": an "-ing" form right after a content verb is its object, a gerund.
                if w.hasSuffix("ing"), let p = previousWord(before: i, in: sentence), upos(p) == "VERB",
                   !WordClass.reportingVerbs.contains(verbLemma(p)) {
                    return false
                }
                return true
            }
            // Taggers trained on web text often read news verbs in "-s" after a name as plural nouns
            // ("The BBC quotes Ulf"); the word-shape rule has the last say there.
            let agentNoun = ["ers", "ors", "ists", "ians", "ants", "ents", "ees", "ships", "ties"].contains { w.hasSuffix($0) }
            if tag == "NOUN", w.hasSuffix("s"), !agentNoun, let p = previousWord(before: i, in: sentence), upos(p) == "PROPN" {
                return guessVerb(i, in: sentence)
            }
            // "which borders Ukraine": after a relative pronoun an "-s" form is the clause's verb.
            if tag == "NOUN", w.hasSuffix("s"), !w.hasSuffix("ss"), let p = previousWord(before: i, in: sentence),
               ["which", "who", "that"].contains(lower[p]), i + 1 < sentence.upperBound, !isPunctuation(i + 1) {
                return true
            }
            // "has lent billions": right after a perfect "have", a participle read as an adjective or noun is the verb.
            if tag == "ADJ" || tag == "NOUN", w.hasSuffix("ed") || SuffixLemmatizer.irregular[w] != nil,
               let p = previousWord(before: i, in: sentence), ["has", "have", "had"].contains(lower[p]) {
                return true
            }
            // Likewise "later fined Kenya" read as an adjective: a past form straight after a name or an
            // adverb and before a name or determiner is the verb.
            if tag == "ADJ", w.hasSuffix("ed"), i + 1 < sentence.upperBound, let p = previousWord(before: i, in: sentence),
               upos(p) == "PROPN" || upos(p) == "PRON" || upos(p) == "NOUN" && i - p > 1,
               isCapitalised(i + 1) || ["the", "a", "an", "its", "his", "her", "their"].contains(lower[i + 1]) {
                return true
            }
            return false
        }
        return guessVerb(i, in: sentence)
    }

    /// True for past participles (by tag "VBN", or by "-ed"/irregular form without tags).
    func isParticiple(_ i: Int) -> Bool {
        let w = lower[i]
        if let tag = xpos(i) { return tag == "VBN" || w == "beaten" }  // "were beaten", often tagged JJ
        return w.hasSuffix("ed") || (SuffixLemmatizer.irregular[w].map { $0 != w } ?? false) && w.hasSuffix("n")
            || ["led", "sent", "held", "made", "told", "built", "kept", "paid", "sold", "found", "left", "brought"].contains(w)
    }

    private func guessVerb(_ i: Int, in sentence: Range<Int>) -> Bool {
        let w = lower[i]
        guard !isClosedClass(i), !isPunctuation(i), w.first?.isLetter == true else { return false }
        let previous = previousWord(before: i, in: sentence)
        let afterAux = previous.map { WordClass.auxiliaries.contains(lower[$0]) || lower[$0] == "to"
            || WordClass.negations.contains(lower[$0]) } ?? false
        if afterAux, let p = previous {
            let plural = w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            // After "be"/"have" only a participle is a verb: "was elected" yes, "was supportive" no.
            if WordClass.beForms.contains(lower[p]) || ["have", "has", "had", "having"].contains(lower[p]) {
                return isParticiple(i) || (WordClass.beForms.contains(lower[p]) && w.hasSuffix("ing") && w.count > 4)
            }
            return !w.hasSuffix("ly") && !(plural && lower[p] == "to")
        }
        let afterDeterminer = previous.map { WordClass.determiners.contains(lower[$0]) || isPossessive($0) } ?? false
        if afterDeterminer { return false }
        if SuffixLemmatizer.irregular[w] != nil { return true }
        if let p = previous, WordClass.coordinators.contains(lower[p]), continuesInfinitive(before: p, in: sentence) { return true }
        if w.hasSuffix("ed") && w.count > 3 { return true }
        if w.hasSuffix("ing") && w.count > 4 {
            return previous.map { lower[$0] == "," || lower[$0] == "as" || WordClass.prepositions.contains(lower[$0]) } ?? true
        }
        if w.hasSuffix("s") && !w.hasSuffix("ss") && w.count > 3, let p = previous {
            // "The BBC quotes Ulf", "which promotes democracy" — but not "the London boroughs of".
            let next = i + 1 < sentence.upperBound ? lower[i + 1] : "."
            if WordClass.relativePronouns.contains(lower[p]) || ["he", "she", "it"].contains(lower[p]) {
                return next != "of" && next != "," && next != "."
            }
            // After a name, only when an object clearly starts: "The BBC quotes Ulf", "Kenya backs the plan",
            // not "Holyrood officials about".
            let objectStarts = i + 1 < sentence.upperBound && (isCapitalised(i + 1) || ["the", "a", "an", "its", "his", "her",
                "their", "that", "him", "them", "it", "this", "these"].contains(next) || next.first?.isNumber == true)
            return isCapitalised(p) && (p == sentence.lowerBound || lower[p - 1] != "the" || isAllCaps(p)) && objectStarts
        }
        return false
    }

    /// "to install the system and provide …": the coordinator at `i` follows an infinitive's phrase.
    private func continuesInfinitive(before i: Int, in sentence: Range<Int>) -> Bool {
        var j = i - 1
        while j > sentence.lowerBound && j >= i - 6 {
            if isPunctuation(j) { return false }
            if lower[j - 1] == "to", !isClosedClass(j), !isCapitalised(j) { return true }
            j -= 1
        }
        return false
    }

    /// The nearest earlier token that is not an adverb in "-ly", within the sentence.
    func previousWord(before i: Int, in sentence: Range<Int>) -> Int? {
        var j = i - 1
        while j >= sentence.lowerBound {
            if !(lower[j].hasSuffix("ly") && lower[j].count > 4) && !WordClass.adverbs.contains(lower[j]) { return j }
            j -= 1
        }
        return nil
    }

    /// "Chelsea beat Arsenal 2-1", "Celtic drew with Rangers": taggers read a past form that is also a noun or an
    /// adjective ("beat", "drew", "upset") as one after a name; between two capitalised words it is the verb.
    func isResultVerbBetweenNames(_ i: Int, in sentence: Range<Int>) -> Bool {
        // "Scotland were beaten 33-15 by Samoa": the participle read as an adjective.
        if lower[i] == "beaten", i > sentence.lowerBound, WordClass.beForms.contains(lower[i - 1]) { return true }
        guard WordClass.resultVerbForms.contains(lower[i]), i > sentence.lowerBound, isCapitalised(i - 1),
              !isPunctuation(i - 1) else { return false }
        var next = i + 1
        if next < sentence.upperBound, ["out", "with", "to"].contains(lower[next]) { next += 1 }
        return next < sentence.upperBound && isCapitalised(next) && !isPunctuation(next)
    }

    /// The index after a score line at `j` ("38-8", "2 - 1", "6-3 6-4"), or `j` when none starts there.
    func scoreEnd(at j: Int, in sentence: Range<Int>) -> Int {
        var k = j
        while k + 2 < sentence.upperBound, isNumber(k), ["-", "–"].contains(lower[k + 1]), isNumber(k + 2) { k += 3 }
        return k
    }

    private func isNumber(_ i: Int) -> Bool { !lower[i].isEmpty && lower[i].allSatisfy(\.isNumber) }
}
