import XCTest
@testable import NLP

final class BeamParserTests: XCTestCase {
    func testGoldMovesRebuildTheProjectivisedTree() throws {
        let sentences = try NLPFixtures.slice()
        let (labels, oracles, _) = ParserTrainer.prepare(sentences)
        for (sentence, oracle) in zip(sentences, oracles) {
            let moves = ParserTrainer.goldMoves(count: sentence.count, oracle: oracle, labelCount: labels.count)
            XCTAssertEqual(moves.count, 2 * sentence.count)
            var state = ParserState(count: sentence.count)
            for move in moves { ParserModel.apply(move, labelCount: labels.count, to: &state) }
            XCTAssertTrue(state.isTerminal)
            let heads = (0..<sentence.count).map { state.heads[$0] == sentence.count ? -1 : state.heads[$0] }
            XCTAssertEqual(heads, Projectivizer.lift(sentence.heads))
            XCTAssertEqual((0..<sentence.count).map { labels[state.labels[$0]] }, sentence.deprels)
        }
    }

    func testBeamTrainingLearnsAndRoundTrips() throws {
        let sentences = Array(try NLPFixtures.slice().prefix(120))
        var options = ModelTrainer.Options(taggerEpochs: 3, parserEpochs: 3, folds: 1, seed: 3)
        options.beamWidth = 4
        options.taggerMinimumWeight = 0
        options.parserMinimumWeight = 0
        let model = try ModelTrainer.train(sentences, options: options)
        XCTAssertEqual(model.beamWidth, 4)
        let seen = model.evaluate(sentences)
        XCTAssertGreaterThan(Double(seen.headCorrect) / Double(seen.tokens), 0.8)
        let decoded = try NLPModel.decode(model.serialized(), path: "memory")
        XCTAssertEqual(decoded.beamWidth, 4)
        let words = sentences[5].words
        XCTAssertEqual(decoded.analyze(words), model.analyze(words))
        // Greedy decoding of the same weights still yields a complete tree.
        let greedy = model.withBeamWidth(1).analyze(words)
        XCTAssertEqual(greedy.heads.filter { $0 == -1 }.count, 1)
        // A zero margin keeps only the best item: a complete tree, like greedy decoding.
        let narrow = model.withBeamMargin(0).analyze(words)
        XCTAssertEqual(narrow.heads.filter { $0 == -1 }.count, 1)
        XCTAssertFalse(narrow.heads.contains(where: { $0 >= words.count }))
    }
}
