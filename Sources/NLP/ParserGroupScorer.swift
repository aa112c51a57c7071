/// Scores parser configurations group by group, remembering each group's sums under the tokens
/// or stack cells it reads (see `ParserScoreCache`); used by beam decoding, where those repeat.
///
/// A class's score is the sum of the remembered groups in a fixed order, then the few features
/// that join two items one by one: the same weights as `LinearModel.score` over
/// `ParserFeatures.extract`, added in another order.
final class ParserGroupScorer {
    // A class, so that the per-item closure captures one reference instead of copying the
    // model's arrays (a retain each) for every configuration scored.
    let context: ParserFeatures
    let model: LinearModel

    init(context: ParserFeatures, model: LinearModel) {
        self.context = context
        self.model = model
    }

    /// Sets `scores` to every class's score in the configuration seen through `window`, which must
    /// carry the beam's dependent-set ids; `features` is scratch space for `ParserFeatures.count` ids.
    /// - Complexity: O(g · c + f) for g groups, c classes and f features not remembered.
    func score(_ window: ParserWindow, cache: inout ParserScoreCache, features: UnsafeMutableBufferPointer<UInt32>,
               into scores: UnsafeMutableBufferPointer<Float>) {
        for index in scores.indices { scores[index] = 0 }
        cache.add(ParserScoreCache.key(.front, window.s0, window.b0), to: scores) { sum({ context.front(window, $0) }, features, $0) }
        cache.add(ParserScoreCache.key(.stackPair, window.s1, window.s0), to: scores) { sum({ context.stackPair(window, $0) }, features, $0) }
        cache.add(ParserScoreCache.key(.stackTriple, window.s2, window.s1, window.s0, window.b0), to: scores) {
            sum({ context.stackTriple(window, $0) }, features, $0)
        }
        cache.add(ParserScoreCache.key(.top, set: window.s0Set, token: window.s0), to: scores) { sum({ context.top(window, $0) }, features, $0) }
        cache.add(ParserScoreCache.key(.second, set: window.s1Set, token: window.s1), to: scores) { sum({ context.second(window, $0) }, features, $0) }
        cache.add(ParserScoreCache.key(.frontDependents, set: window.b0Set, token: window.b0), to: scores) {
            sum({ context.frontDependents(window, $0) }, features, $0)
        }
        sum({ context.crossing(window, $0) }, features, scores)
    }

    /// Gathers the features `fill` puts into `features` and adds their weights to `out`.
    @inline(__always)
    private func sum(_ fill: ((Int, UInt32) -> Void) -> Void, _ features: UnsafeMutableBufferPointer<UInt32>,
                     _ out: UnsafeMutableBufferPointer<Float>) {
        var count = 0
        fill { _, id in
            features[count] = id
            count += 1
        }
        model.add(UnsafeBufferPointer(rebasing: features[0..<count]), into: out)
    }
}
