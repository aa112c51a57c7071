/// Trains a `ParserModel` with the dynamic oracle and error exploration (Goldberg & Nivre 2012).
enum ParserTrainer {
    /// How often a wrong predicted move is followed once exploration starts.
    static let exploreProbability = 0.9

    /// Trains on `sentences` whose `xpos`/`upos` are the tags the parser will see (ideally predicted).
    /// - Complexity: O(epochs · n · (f · c + n)) for n training words.
    static func train(_ sentences: [CoNLLUSentence], epochs: Int, seed: UInt64,
                      log: (String) -> Void = { _ in }) -> ParserModel {
        let (labels, oracles, contexts) = prepare(sentences)
        let labelCount = labels.count
        let perceptron = AveragedPerceptron(classes: 1 + 2 * labelCount)
        var order = Array(sentences.indices)
        var generator = SeededGenerator(seed: seed)
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: perceptron.model.classes)
        for epoch in 0..<max(1, epochs) {
            generator.shuffle(&order)
            var correct = 0, total = 0
            for sentenceIndex in order {
                let oracle = oracles[sentenceIndex], context = contexts[sentenceIndex]
                var state = ParserState(count: sentences[sentenceIndex].count)
                while !state.isTerminal {
                    context.extract(state, into: &features)
                    perceptron.score(features, into: &scores)
                    let (guess, gold, guessIsGold) = scores.withUnsafeMutableBufferPointer { buffer in
                        choose(buffer, state: state, oracle: oracle, labelCount: labelCount)
                    }
                    if !guessIsGold { perceptron.update(features, truth: gold, guess: guess) } else { correct += 1 }
                    total += 1
                    perceptron.tick()
                    let follow = guessIsGold || (epoch > 0 && generator.nextUnit() < exploreProbability) ? guess : gold
                    ParserModel.apply(follow, labelCount: labelCount, to: &state)
                }
            }
            log("parser epoch \(epoch + 1): train move accuracy \(Evaluation.percent(correct, total)), features \(perceptron.model.rowCount)")
        }
        return ParserModel(labels: labels, linear: perceptron.averaged(minUpdates: 2), beamWidth: 1)
    }

    /// The label set, the oracles over projectivised gold trees, and the feature contexts.
    static func prepare(_ sentences: [CoNLLUSentence]) -> (labels: [String], oracles: [ParserOracle], contexts: [ParserFeatures]) {
        let labels = Array(Set(sentences.flatMap(\.deprels))).sorted()
        let labelIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let oracles: [ParserOracle] = sentences.map { sentence in
            let lifted = Projectivizer.lift(sentence.heads)
            return ParserOracle(goldHeads: lifted.map { $0 < 0 ? sentence.count : $0 },
                                goldLabels: sentence.deprels.map { labelIndex[$0] ?? 0 })
        }
        let contexts = sentences.map { ParserFeatures(words: $0.words, xpos: $0.xpos, upos: $0.upos) }
        return (labels, oracles, contexts)
    }

    /// The model's best allowed move, the best-scoring move of least cost, and whether the first is as good.
    private static func choose(_ scores: UnsafeMutableBufferPointer<Float>, state: ParserState, oracle: ParserOracle,
                               labelCount: Int) -> (guess: Int, gold: Int, guessIsGold: Bool) {
        let guess = ParserModel.bestAllowed(scores, labelCount: labelCount, state)
        let s0 = state.stackItem(0)
        var candidates: [(move: Int, cost: Int)] = []
        if state.canShift { candidates.append((0, oracle.shiftCost(state))) }
        if state.canLeft {
            let cost = oracle.leftCost(state)
            candidates.append((1 + oracle.goldLabels[s0], cost))
        }
        if state.canRight {
            let cost = oracle.rightCost(state)
            candidates.append((1 + labelCount + oracle.goldLabels[s0], cost))
        }
        let least = candidates.map(\.cost).min() ?? 0
        var gold = -1
        for candidate in candidates where candidate.cost == least {
            if gold < 0 || scores[candidate.move] > scores[gold] { gold = candidate.move }
        }
        let guessCost = cost(of: guess, state: state, oracle: oracle, labelCount: labelCount)
        return (guess, gold, guessCost <= least)
    }

    /// Labelled cost of `move`: the unlabelled cost, plus one if it attaches s0 to its gold head with a wrong label.
    private static func cost(of move: Int, state: ParserState, oracle: ParserOracle, labelCount: Int) -> Int {
        if move == 0 { return oracle.shiftCost(state) }
        let s0 = state.stackItem(0)
        let isLeft = move <= labelCount
        let label = isLeft ? move - 1 : move - 1 - labelCount
        let head = isLeft ? state.front : state.stackItem(1)
        let unlabelled = isLeft ? oracle.leftCost(state) : oracle.rightCost(state)
        return unlabelled + (oracle.goldHeads[s0] == head && oracle.goldLabels[s0] != label ? 1 : 0)
    }
}
