/// A trained part-of-speech tagger: joint UPOS+XPOS classes scored by an averaged perceptron.
struct TaggerModel: Sendable {
    /// UPOS of each class.
    let upos: [String]
    /// XPOS of each class.
    let xpos: [String]
    /// Lowercase word hash → hashed set of classes seen for it in training (frequent words only).
    let ambiguities: [UInt64: UInt64]
    /// The weights.
    let linear: LinearModel

    /// The best class of every word, left to right.
    /// - Complexity: O(n · f · c) for n words.
    func predict(_ words: [String]) -> [Int] { predictWithVocabulary(words).tags }

    /// The best class of every word, and whether each word was frequent in the training data.
    /// - Complexity: O(n · f · c) for n words.
    func predictWithVocabulary(_ words: [String]) -> (tags: [Int], known: [Bool]) {
        let context = TaggerFeatures(words: words, ambiguities: ambiguities)
        var features = [UInt32](repeating: 0, count: TaggerFeatures.maximumCount)
        var scores = [Float](repeating: 0, count: linear.classes)
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        features.withUnsafeMutableBufferPointer { featureBuffer in
            for index in 0..<words.count {
                let previous = (index > 0 ? tags[index - 1] + 1 : 0, index > 1 ? tags[index - 2] + 1 : 0)
                let count = context.extract(index, previous: previous, next: (0, 0), into: featureBuffer)
                scores.withUnsafeMutableBufferPointer { linear.score(UnsafeBufferPointer(rebasing: featureBuffer[..<count]), into: $0) }
                tags.append(Self.argmax(scores))
            }
        }
        return (tags, (0..<words.count).map(context.isKnown))
    }

    /// The index of the highest score (the first on ties).
    @inline(__always)
    static func argmax(_ scores: [Float]) -> Int {
        var best = 0
        for index in 1..<scores.count where scores[index] > scores[best] { best = index }
        return best
    }
}
