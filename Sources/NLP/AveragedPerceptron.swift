/// A multi-class averaged perceptron over hashed features, for training only.
///
/// Averaging uses the "sum of timestamped updates" trick: the average is `w - u / c`, where every
/// update of size `d` at step `c` adds `c·d` to `u`, so no per-weight timestamps are needed.
final class AveragedPerceptron {
    /// The current (not averaged) weights, used while training.
    private(set) var model: DenseWeights
    private var sums: [Double] = []
    private var updates: [Int32] = []
    private var step: Double = 1

    /// A perceptron over `classes` classes (at most 256: the model file stores classes as bytes).
    init(classes: Int) { model = DenseWeights(classes: classes) }

    /// Scores `features` with the current weights.
    /// - Complexity: O(f · c).
    func score(_ features: [UInt32], into scores: inout [Float]) {
        features.withUnsafeBufferPointer { featureBuffer in
            scores.withUnsafeMutableBufferPointer { model.score(featureBuffer, into: $0) }
        }
    }

    /// Moves weight towards `truth` and away from `guess` on every feature.
    /// - Complexity: O(f) amortised.
    func update(_ features: [UInt32], truth: Int, guess: Int) {
        guard truth != guess else { return }
        add(features, label: truth, amount: 1)
        add(features, label: guess, amount: -1)
    }

    /// Adds `amount` to the weight of `label` on every feature. Without `createRows`, features
    /// that have no weights yet are skipped: beam training then only grows rows for features of
    /// gold configurations, which keeps memory in check.
    /// - Complexity: O(f) amortised.
    func add(_ features: [UInt32], label: Int, amount: Float, createRows: Bool = true) {
        let classes = model.classes
        for feature in features {
            if !createRows, model.table.row(of: feature) < 0 { continue }
            let (row, inserted) = model.table.insert(feature, newRow: Int32(updates.count))
            if inserted {
                model.weights.append(contentsOf: repeatElement(0, count: classes))
                sums.append(contentsOf: repeatElement(0, count: classes))
                updates.append(0)
            }
            let base = Int(row) * classes
            model.weights[base + label] += amount
            sums[base + label] += step * Double(amount)
            updates[Int(row)] &+= 1
        }
    }

    /// Marks the end of one training instance.
    func tick() { step += 1 }

    /// The averaged weights as sparse rows, keeping only features updated at least `minUpdates` times
    /// and weights of at least `minimum` in size.
    /// - Complexity: O(rows · c).
    func averaged(minUpdates: Int32 = 1, minimum: Double = 1e-3) -> LinearModel {
        let classes = model.classes
        var rowKeys: [UInt32] = []
        var rowStarts: [Int32] = [0]
        var entryClasses: [UInt8] = [], entryValues: [Float] = []
        let keys = model.table.keys, rows = model.table.rows
        // Walk keys in slot order so the result is deterministic.
        for (slot, key) in keys.enumerated() where key != 0 {
            let row = Int(rows[slot])
            guard updates[row] >= minUpdates else { continue }
            let base = row * classes
            let before = entryClasses.count
            for index in 0..<classes {
                let value = Double(model.weights[base + index]) - sums[base + index] / step
                guard abs(value) >= minimum else { continue }
                entryClasses.append(UInt8(index))
                entryValues.append(Float(value))
            }
            guard entryClasses.count > before else { continue }
            rowKeys.append(key)
            rowStarts.append(Int32(entryClasses.count))
        }
        return LinearModel(classes: classes, keys: rowKeys, rowStarts: rowStarts, entryClasses: entryClasses,
                           entryValues: entryValues)
    }
}
