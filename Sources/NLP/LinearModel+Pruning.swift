extension LinearModel {
    /// A copy without weights smaller than `minimum` in size, and without rows left empty.
    /// - Complexity: O(rows + entries).
    func pruned(minimum: Float) -> LinearModel {
        var keptKeys: [UInt32] = [], keptStarts: [Int32] = [0]
        var classes: [UInt8] = [], values: [Float] = []
        // Decoded once: a quantised model decodes its weights on every read of `entryValues`.
        let entryValues = entryValues
        for row in 0..<rowCount {
            let before = values.count
            for entry in Int(rowStarts[row])..<Int(rowStarts[row + 1]) where abs(entryValues[entry]) >= minimum {
                classes.append(entryClasses[entry])
                values.append(entryValues[entry])
            }
            guard values.count > before else { continue }
            keptKeys.append(keys[row])
            keptStarts.append(Int32(values.count))
        }
        return LinearModel(classes: self.classes, keys: keptKeys, rowStarts: keptStarts, entryClasses: classes, entryValues: values)
    }
}

extension NLPModel {
    /// A copy with tagger and parser weights under the given sizes removed.
    public func pruned(taggerMinimum: Float, parserMinimum: Float) -> NLPModel {
        NLPModel(tagger: TaggerModel(upos: tagger.upos, xpos: tagger.xpos, ambiguities: tagger.ambiguities,
                                     linear: tagger.linear.pruned(minimum: taggerMinimum)),
                 lemmatizer: lemmatizer,
                 parser: ParserModel(labels: parser.labels, linear: parser.linear.pruned(minimum: parserMinimum),
                                     beamWidth: parser.beamWidth))
    }
}
