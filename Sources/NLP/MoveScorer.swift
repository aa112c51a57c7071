/// Anything that scores every class for a set of hashed features: the frozen model, or the
/// weights being trained.
protocol MoveScorer {
    /// Sets `scores` to the classes' summed weights over `features`.
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>)
}

extension LinearModel: MoveScorer {}
extension DenseWeights: MoveScorer {}
