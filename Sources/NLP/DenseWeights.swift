/// Mutable dense weights used during training: one row of class scores per hashed feature.
struct DenseWeights {
    /// The number of classes (the row width).
    let classes: Int
    /// Feature id → row.
    var table = FeatureTable()
    /// Row-major weights, `classes` per row.
    var weights: [Float] = []

    init(classes: Int) { self.classes = classes }

    /// The number of feature rows.
    var rowCount: Int { weights.count / classes }

    /// Sets `scores` to the summed rows of `features` (unknown features add nothing).
    /// - Complexity: O(f · c) for f features and c classes.
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        for index in 0..<classes { scores[index] = 0 }
        weights.withUnsafeBufferPointer { weightBuffer in
            for feature in features {
                let row = table.row(of: feature)
                if row < 0 { continue }
                let base = Int(row) * classes
                for index in 0..<classes { scores[index] += weightBuffer[base + index] }
            }
        }
    }
}
