/// Beam search over arc-hybrid moves, shared by decoding and by global (max-violation) training.
///
/// Every parse of an n-word sentence takes exactly 2n moves, so all items finish together.
/// Move histories live in one arena of (parent, move) nodes, so items share their prefixes.
struct ParserBeam {
    /// One partial parse.
    struct Item {
        var state: ParserState
        var score: Double
        /// The arena node of its last move, or -1 before the first.
        var node: Int32
        /// True while it has made exactly the gold moves (training only).
        var isGold: Bool
    }

    let width: Int
    let labelCount: Int
    /// Items scoring more than this below the best are dropped (decoding only: it rarely loses
    /// the eventual winner, and saves scoring hopeless items).
    let margin: Double
    /// The items, best first.
    private(set) var items: [Item]
    private var parents: [Int32] = []
    private var moves: [Int16] = []

    init(count: Int, width: Int, labelCount: Int, margin: Double = .infinity) {
        self.width = max(1, width)
        self.labelCount = labelCount
        self.margin = margin
        items = [Item(state: ParserState(count: count), score: 0, node: -1, isGold: true)]
    }

    /// True once the items are complete parses.
    var isFinished: Bool { items[0].state.isTerminal }

    /// Extends every item by every allowed move and keeps the `width` best (earlier items and moves win ties).
    /// - Complexity: O(k · (f + c · k)) for k items, f features, c classes.
    mutating func advance<Scorer: MoveScorer>(context: ParserFeatures, scorer: Scorer, goldMove: Int?,
                                              features: inout [UInt32], scores: inout [Float]) {
        var bestScores: [Double] = [], bestItems: [Int] = [], bestMoves: [Int] = []
        bestScores.reserveCapacity(width + 1)
        for (itemIndex, item) in items.enumerated() {
            context.extract(item.state, into: &features)
            features.withUnsafeBufferPointer { featureBuffer in
                scores.withUnsafeMutableBufferPointer { scorer.score(featureBuffer, into: $0) }
            }
            for move in 0..<scores.count where ParserModel.isAllowed(move, labelCount: labelCount, item.state) {
                let total = item.score + Double(scores[move])
                if bestScores.count == width, let last = bestScores.last, total <= last { continue }
                var position = bestScores.count
                while position > 0, bestScores[position - 1] < total { position -= 1 }
                bestScores.insert(total, at: position)
                bestItems.insert(itemIndex, at: position)
                bestMoves.insert(move, at: position)
                if bestScores.count > width {
                    bestScores.removeLast(); bestItems.removeLast(); bestMoves.removeLast()
                }
            }
        }
        var next: [Item] = []
        next.reserveCapacity(bestScores.count)
        for rank in bestScores.indices where bestScores[0] - bestScores[rank] <= margin {
            let parent = items[bestItems[rank]], move = bestMoves[rank]
            var state = parent.state
            ParserModel.apply(move, labelCount: labelCount, to: &state)
            parents.append(parent.node)
            moves.append(Int16(move))
            next.append(Item(state: state, score: bestScores[rank], node: Int32(moves.count - 1),
                             isGold: parent.isGold && move == goldMove))
        }
        items = next
    }

    /// The moves leading to arena node `node`, first move first.
    /// - Complexity: O(length).
    func history(of node: Int32) -> [Int] {
        var result: [Int] = []
        var current = node
        while current >= 0 {
            result.append(Int(moves[Int(current)]))
            current = parents[Int(current)]
        }
        return result.reversed()
    }
}
