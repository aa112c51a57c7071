/// A trained arc-hybrid parser, decoded greedily or with a beam.
/// Class 0 is SHIFT, 1…L are LEFT-label, L+1…2L are RIGHT-label.
struct ParserModel: Sendable {
    /// Dependency labels, with subtypes.
    let labels: [String]
    /// The weights over 1 + 2·labels classes.
    let linear: LinearModel
    /// Beam width for decoding; 1 is greedy.
    let beamWidth: Int
    /// The decoding margin unless one is set: chosen on EWT dev for the shipped beam-8 model as the
    /// smallest of 200, 150, 120, 100, 80 whose dev UAS and LAS are no lower than the full beam's
    /// (85.54 / 82.32 against 85.36 / 82.20), at about 1.5 times its speed. Scores of that model
    /// sum about 100 weights of a few units each; a near tie stays within it, a hopeless item does not.
    static let defaultBeamMargin = 120.0
    /// Beam items further than this below the best are dropped while decoding (`.infinity` keeps all).
    var beamMargin: Double = defaultBeamMargin

    /// Applies move class `move` to `state`.
    @inline(__always)
    static func apply(_ move: Int, labelCount: Int, to state: inout ParserState) {
        if move == 0 {
            state.shift()
        } else if move <= labelCount {
            state.left(label: move - 1)
        } else {
            state.right(label: move - 1 - labelCount)
        }
    }

    /// The highest-scoring allowed move.
    @inline(__always)
    static func bestAllowed(_ scores: UnsafeMutableBufferPointer<Float>, labelCount: Int, _ state: ParserState) -> Int {
        var best = -1
        var bestScore = -Float.infinity
        if state.canShift { best = 0; bestScore = scores[0] }
        if state.canLeft {
            for move in 1...labelCount where scores[move] > bestScore { best = move; bestScore = scores[move] }
        }
        if state.canRight {
            for move in (labelCount + 1)...(2 * labelCount) where scores[move] > bestScore { best = move; bestScore = scores[move] }
        }
        return best
    }

    /// Sentence-local heads (-1 for the root) and labels of `words` with tags `xpos`/`upos`.
    /// - Complexity: O(n · f · c): 2n moves, each scoring f features over c classes.
    func parse(words: [String], xpos: [String], upos: [String]) -> (heads: [Int], labels: [String]) {
        guard !words.isEmpty, !labels.isEmpty else { return ([], []) }
        let context = ParserFeatures(words: words, xpos: xpos, upos: upos)
        var features: [UInt32] = []
        features.reserveCapacity(128)
        var scores = [Float](repeating: 0, count: linear.classes)
        let labelCount = labels.count
        var state = ParserState(count: words.count)
        if beamWidth > 1 {
            var beam = ParserBeam(count: words.count, width: beamWidth, labelCount: labelCount, margin: beamMargin)
            if ParserScoreCache.fits(count: words.count) {
                let scorer = ParserGroupScorer(context: context, model: linear)
                var cache = ParserScoreCache(classes: linear.classes, expected: 4 * words.count)
                features = [UInt32](repeating: 0, count: ParserFeatures.count)
                features.withUnsafeMutableBufferPointer { featureBuffer in
                    while !beam.isFinished {
                        beam.advance(goldMove: nil, scores: &scores) {
                            scorer.score($0, cache: &cache, features: featureBuffer, into: $1)
                        }
                    }
                }
            } else {
                while !beam.isFinished {
                    beam.advance(context: context, scorer: linear, goldMove: nil, features: &features, scores: &scores)
                }
            }
            state = beam.state(of: beam.items[0])
        }
        while !state.isTerminal {
            context.extract(state, into: &features)
            let move = features.withUnsafeBufferPointer { featureBuffer in
                scores.withUnsafeMutableBufferPointer { scoreBuffer in
                    linear.score(featureBuffer, into: scoreBuffer)
                    return Self.bestAllowed(scoreBuffer, labelCount: labelCount, state)
                }
            }
            guard move >= 0 else { break }
            Self.apply(move, labelCount: labelCount, to: &state)
        }
        let heads = (0..<words.count).map { state.heads[$0] == words.count || state.heads[$0] < 0 ? -1 : state.heads[$0] }
        let names = (0..<words.count).map { state.labels[$0] >= 0 ? labels[state.labels[$0]] : "dep" }
        return (heads, names)
    }
}
