/// Learns a `LemmatizerModel` from treebank sentences.
enum LemmatizerTrainer {
    /// Builds the look-up table and the suffix rules.
    /// - Complexity: O(n · maxSuffix) for n training words.
    static func train(_ sentences: [CoNLLUSentence]) -> LemmatizerModel {
        var tableCounts: [String: [String: Int]] = [:]
        var seenTypes = Set<String>()
        var ruleCounts: [String: [LemmaRule: Int]] = [:]
        for sentence in sentences {
            for index in 0..<sentence.count {
                let form = WordForm.normalized(sentence.words[index])
                let xpos = sentence.xpos[index], lemma = WordForm.normalized(sentence.lemmas[index])
                guard lemma != "_" else { continue }
                tableCounts[form + "\t" + xpos, default: [:]][lemma, default: 0] += 1
                let lower = form.lowercased()
                if lower != form { tableCounts[lower + "\t" + xpos, default: [:]][lemma, default: 0] += 1 }
                // Rules learn from word types, as unseen words resemble rare types more than frequent tokens.
                guard seenTypes.insert(lower + "\t" + xpos + "\t" + lemma).inserted else { continue }
                let rule = LemmaRule(form: lower, lemma: lemma == lemma.lowercased() || xpos.hasPrefix("NNP") ? lemma : lemma.lowercased())
                let characters = Array(lower)
                for length in 0...min(LemmatizerModel.maxSuffix, characters.count) {
                    let key = xpos + "\t" + String(characters[(characters.count - length)...])
                    ruleCounts[key, default: [:]][rule, default: 0] += 1
                }
            }
        }
        var table: [String: String] = [:]
        for (key, lemmas) in tableCounts { table[key] = best(lemmas) }
        var rules: [String: LemmaRule] = [:]
        for (key, counts) in ruleCounts { rules[key] = best(counts) }
        return LemmatizerModel(table: table, rules: rules)
    }

    /// The most frequent item, ties broken by a stable order so training is deterministic.
    private static func best<T: Hashable>(_ counts: [T: Int]) -> T? where T: CustomStringConvertible {
        counts.max { left, right in
            left.value != right.value ? left.value < right.value : left.key.description > right.key.description
        }?.key
    }
}

extension LemmaRule: CustomStringConvertible {
    var description: String { "\(strip)\t\(append)" }
}
