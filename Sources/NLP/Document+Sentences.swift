extension Document {
    /// The sentence ranges to analyse: `sentences`, or the whole document when it was never split.
    var analysisRanges: [Range<Int>] {
        if sentences.isEmpty, !words.isEmpty { return [0..<words.count] }
        return sentences
    }
}
