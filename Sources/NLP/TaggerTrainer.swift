/// Trains a `TaggerModel` from treebank sentences.
enum TaggerTrainer {
    /// Words seen at least this often get an ambiguity class.
    static let ambiguityMinCount = 3

    /// Trains for `epochs` passes over `sentences`, shuffled with `seed`.
    /// - Complexity: O(epochs · n · f · c) for n training words.
    static func train(_ sentences: [CoNLLUSentence], epochs: Int, seed: UInt64, log: (String) -> Void = { _ in }) -> TaggerModel {
        var classIndex: [String: Int] = [:]
        var upos: [String] = [], xpos: [String] = []
        var goldClasses: [[Int]] = []
        for sentence in sentences {
            var classes: [Int] = []
            for index in 0..<sentence.count {
                let key = sentence.upos[index] + "\t" + sentence.xpos[index]
                if let known = classIndex[key] { classes.append(known); continue }
                classIndex[key] = upos.count
                classes.append(upos.count)
                upos.append(sentence.upos[index])
                xpos.append(sentence.xpos[index])
            }
            goldClasses.append(classes)
        }
        let ambiguities = ambiguityClasses(sentences, goldClasses: goldClasses)
        let perceptron = AveragedPerceptron(classes: upos.count)
        let contexts = sentences.map { TaggerFeatures(words: $0.words, ambiguities: ambiguities) }
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: upos.count)
        for epoch in 0..<max(1, epochs) {
            generator.shuffle(&order)
            var correct = 0, total = 0
            for sentenceIndex in order {
                let gold = goldClasses[sentenceIndex]
                let context = contexts[sentenceIndex]
                var predicted: [Int] = []
                for index in 0..<gold.count {
                    let previous = (index > 0 ? predicted[index - 1] + 1 : 0, index > 1 ? predicted[index - 2] + 1 : 0)
                    context.extract(index, previous: previous, next: (0, 0), into: &features)
                    perceptron.score(features, into: &scores)
                    let guess = TaggerModel.argmax(scores)
                    perceptron.update(features, truth: gold[index], guess: guess)
                    perceptron.tick()
                    predicted.append(guess)
                    if guess == gold[index] { correct += 1 }
                    total += 1
                }
            }
            log("tagger epoch \(epoch + 1): train accuracy \(Evaluation.percent(correct, total))")
        }
        return TaggerModel(upos: upos, xpos: xpos, ambiguities: ambiguities, linear: perceptron.averaged())
    }

    /// Hashed sets of the classes each frequent lowercase word had (classes under 5% of its uses ignored).
    private static func ambiguityClasses(_ sentences: [CoNLLUSentence], goldClasses: [[Int]]) -> [UInt64: UInt64] {
        var counts: [UInt64: [Int: Int]] = [:]
        for (sentence, classes) in zip(sentences, goldClasses) {
            for (word, tag) in zip(sentence.words, classes) {
                counts[FeatureHash.string(WordForm.normalized(word).lowercased()), default: [:]][tag, default: 0] += 1
            }
        }
        var result: [UInt64: UInt64] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.values.reduce(0, +)
            guard total >= ambiguityMinCount else { continue }
            let kept = tagCounts.filter { $0.value * 20 >= total }.keys.sorted()
            result[word] = kept.reduce(UInt64(0x77)) { FeatureHash.mix($0, UInt64($1)) }
        }
        return result
    }
}
