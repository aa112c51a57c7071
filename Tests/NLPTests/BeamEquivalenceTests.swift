import XCTest
@testable import NLP

/// The beam's shared-stack items must decode exactly like a plain beam of copied `ParserState`s.
final class BeamEquivalenceTests: XCTestCase {
    /// A straightforward beam: every item owns a full `ParserState`, copied on every move.
    private func referenceParse(_ model: NLPModel, _ sentence: CoNLLUSentence, width: Int, margin: Double) -> ParserState {
        let parser = model.parser, labelCount = parser.labels.count
        let context = ParserFeatures(words: sentence.words, xpos: sentence.xpos, upos: sentence.upos)
        var items = [(state: ParserState(count: sentence.count), score: 0.0)]
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: parser.linear.classes)
        while !items[0].state.isTerminal {
            var candidates: [(score: Double, item: Int, move: Int)] = []
            for (index, item) in items.enumerated() {
                context.extract(item.state, into: &features)
                features.withUnsafeBufferPointer { buffer in
                    scores.withUnsafeMutableBufferPointer { parser.linear.score(buffer, into: $0) }
                }
                let state = item.state
                for move in scores.indices {
                    let allowed = move == 0 ? state.canShift : move <= labelCount ? state.canLeft : state.canRight
                    if allowed { candidates.append((item.score + Double(scores[move]), index, move)) }
                }
            }
            // A stable sort keeps earlier items and moves first among equal scores.
            let kept = candidates.enumerated().sorted { $0.element.score > $1.element.score || ($0.element.score == $1.element.score && $0.offset < $1.offset) }
                .prefix(width).map(\.element)
            items = kept.filter { kept[0].score - $0.score <= margin }.map { candidate in
                var state = items[candidate.item].state
                ParserModel.apply(candidate.move, labelCount: labelCount, to: &state)
                return (state, candidate.score)
            }
        }
        return items[0].state
    }

    func testSharedStackBeamMatchesCopiedStates() throws {
        let model = try NLPModel.bundled()
        let sentences = Array(try NLPFixtures.slice().prefix(60))
        for width in [2, 4, 8] {
            for margin in [Double.infinity, 50] {
                let decoder = model.withBeamWidth(width).withBeamMargin(margin)
                for sentence in sentences {
                    let expected = referenceParse(model, sentence, width: width, margin: margin)
                    let parse = decoder.parser.parse(words: sentence.words, xpos: sentence.xpos, upos: sentence.upos)
                    let heads = (0..<sentence.count).map { expected.heads[$0] == sentence.count ? -1 : expected.heads[$0] }
                    XCTAssertEqual(parse.heads, heads, "width \(width), margin \(margin): \(sentence.words)")
                    XCTAssertEqual(parse.labels, expected.labels.prefix(sentence.count).map { model.parser.labels[$0] })
                }
            }
        }
    }

    func testBeamWindowsMatchStateWindows() throws {
        // Following the gold moves, the beam's view of each configuration equals the full state's.
        let sentences = Array(try NLPFixtures.slice().prefix(40))
        let (labels, oracles, contexts) = ParserTrainer.prepare(sentences)
        for (index, sentence) in sentences.enumerated() {
            let gold = ParserTrainer.goldMoves(count: sentence.count, oracle: oracles[index], labelCount: labels.count)
            var beam = ParserBeam(count: sentence.count, width: 1, labelCount: labels.count)
            var state = ParserState(count: sentence.count)
            var fromBeam: [UInt32] = [], fromState: [UInt32] = []
            var scores = [Float](repeating: 0, count: 1 + 2 * labels.count)
            for move in gold {
                // A scorer that prefers only the gold move keeps the width-1 beam on the gold path.
                let scorer = GoldScorer(move: move)
                beam.advance(context: contexts[index], scorer: scorer, goldMove: move, features: &fromBeam, scores: &scores)
                contexts[index].extract(state, into: &fromState)
                XCTAssertEqual(fromBeam, fromState)
                ParserModel.apply(move, labelCount: labels.count, to: &state)
            }
            XCTAssertTrue(beam.items[0].isGold)
            let replayed = beam.state(of: beam.items[0])
            XCTAssertEqual(replayed.heads, state.heads)
            XCTAssertEqual(replayed.labels, state.labels)
        }
    }
}

/// Scores one move above all others, whatever the features.
private struct GoldScorer: MoveScorer {
    let move: Int
    func score(_ features: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutableBufferPointer<Float>) {
        for index in scores.indices { scores[index] = index == move ? 1 : 0 }
    }
}
