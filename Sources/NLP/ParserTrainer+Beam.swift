extension ParserTrainer {
    /// Trains a beam parser with global perceptron updates at the point of maximum violation
    /// (Huang, Fayong & Guo 2012): where the best item outscores the gold prefix the most.
    /// - Complexity: O(epochs · n · k · (f + c · k)) for n training words and beam width k.
    static func trainBeam(_ sentences: [CoNLLUSentence], epochs: Int, width: Int, seed: UInt64,
                          log: (String) -> Void = { _ in }) -> ParserModel {
        let (labels, oracles, contexts) = prepare(sentences)
        let labelCount = labels.count
        let perceptron = AveragedPerceptron(classes: 1 + 2 * labelCount)
        let golds = zip(sentences, oracles).map { goldMoves(count: $0.count, oracle: $1, labelCount: labelCount) }
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: perceptron.model.classes)
        for epoch in 0..<max(1, epochs) {
            generator.shuffle(&order)
            var updates = 0
            for sentenceIndex in order {
                let context = contexts[sentenceIndex], gold = golds[sentenceIndex]
                var beam = ParserBeam(count: sentences[sentenceIndex].count, width: width, labelCount: labelCount)
                var goldState = ParserState(count: sentences[sentenceIndex].count)
                var goldScore = 0.0
                var worst = 0.0, worstStep = -1
                var worstNode: Int32 = -1
                for (step, move) in gold.enumerated() {
                    context.extract(goldState, into: &features)
                    perceptron.score(features, into: &scores)
                    goldScore += Double(scores[move])
                    ParserModel.apply(move, labelCount: labelCount, to: &goldState)
                    beam.advance(context: context, scorer: perceptron.model, goldMove: move, features: &features, scores: &scores)
                    let top = beam.items[0]
                    let violation = top.score - goldScore
                    if !top.isGold, violation >= 0, worstStep < 0 || violation > worst {
                        worst = violation
                        worstStep = step
                        worstNode = top.node
                    }
                }
                if worstStep >= 0 {
                    updates += 1
                    replay(Array(gold[0...worstStep]), amount: 1, context: context, count: sentences[sentenceIndex].count,
                           labelCount: labelCount, perceptron: perceptron, features: &features)
                    replay(beam.history(of: worstNode), amount: -1, context: context, count: sentences[sentenceIndex].count,
                           labelCount: labelCount, perceptron: perceptron, features: &features)
                }
                perceptron.tick()
            }
            log("beam parser epoch \(epoch + 1): updates on \(updates) of \(sentences.count) sentences, features \(perceptron.model.rowCount)")
        }
        return ParserModel(labels: labels, linear: perceptron.averaged(minUpdates: 2), beamWidth: width)
    }

    /// Adds `amount` to each move's weights in the states along `moves`.
    private static func replay(_ moves: [Int], amount: Float, context: ParserFeatures, count: Int, labelCount: Int,
                               perceptron: AveragedPerceptron, features: inout [UInt32]) {
        var state = ParserState(count: count)
        for move in moves {
            context.extract(state, into: &features)
            perceptron.add(features, label: move, amount: amount, createRows: amount > 0)
            ParserModel.apply(move, labelCount: labelCount, to: &state)
        }
    }

    /// The canonical gold move sequence: attach as soon as the dynamic oracle says it costs nothing.
    /// - Complexity: O(n²).
    static func goldMoves(count: Int, oracle: ParserOracle, labelCount: Int) -> [Int] {
        var state = ParserState(count: count)
        var moves: [Int] = []
        while !state.isTerminal {
            let s0 = state.stackItem(0)
            let move: Int
            if state.canLeft, oracle.leftCost(state) == 0 {
                move = 1 + oracle.goldLabels[s0]
            } else if state.canRight, oracle.rightCost(state) == 0 {
                move = 1 + labelCount + oracle.goldLabels[s0]
            } else if state.canShift {
                move = 0
            } else {
                move = state.canRight ? 1 + labelCount + oracle.goldLabels[s0] : 1 + oracle.goldLabels[s0]
            }
            moves.append(move)
            ParserModel.apply(move, labelCount: labelCount, to: &state)
        }
        return moves
    }
}
