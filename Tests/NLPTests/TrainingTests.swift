import XCTest
@testable import NLP

/// Trains tiny models on the fixture slice, so training code is covered without the full treebank.
final class TrainingTests: XCTestCase {
    func testTrainingLearnsAndIsDeterministic() throws {
        let sentences = try NLPFixtures.slice()
        let training = Array(sentences.prefix(150)), heldOut = Array(sentences.suffix(50))
        var options = ModelTrainer.Options(taggerEpochs: 4, parserEpochs: 4, folds: 2, seed: 7)
        // A tiny model's weights are all small: keep them.
        options.taggerMinimumWeight = 0
        options.parserMinimumWeight = 0
        options.beamWidth = 1
        var lines: [String] = []
        let model = try ModelTrainer.train(training, options: options) { lines.append($0) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("parser epoch 4") })

        let seen = model.evaluate(training)
        XCTAssertGreaterThan(Double(seen.uposCorrect) / Double(seen.tokens), 0.95)
        XCTAssertGreaterThan(Double(seen.headCorrect) / Double(seen.tokens), 0.80)
        // Unseen sentences: far above chance, far below a real model.
        let unseen = model.evaluate(heldOut)
        XCTAssertGreaterThan(Double(unseen.uposCorrect) / Double(unseen.tokens), 0.70)
        XCTAssertGreaterThan(Double(unseen.headCorrect) / Double(unseen.tokens), 0.40)

        let again = try ModelTrainer.train(training, options: options)
        XCTAssertEqual(again.serialized(), model.serialized())
    }

    func testTrainingWithoutSentencesIsAnError() {
        XCTAssertThrowsError(try ModelTrainer.train([]))
    }

    func testLemmatizerRulesGeneraliseToUnseenWords() throws {
        let lemmatizer = LemmatizerTrainer.train(try NLPFixtures.slice())
        XCTAssertEqual(lemmatizer.lemma("The", xpos: "DT"), "the")
        // Unseen forms go through learned suffix rules.
        XCTAssertEqual(lemmatizer.lemma("zorbles", xpos: "NNS"), "zorble")
        XCTAssertEqual(lemmatizer.lemma("Zorbania", xpos: "NNP"), "Zorbania")
        XCTAssertEqual(LemmaRule(form: "running", lemma: "run").apply(to: "gunning"), "gun")
    }

    func testCurlyApostrophesAreNormalisedForFeatures() {
        XCTAssertEqual(WordForm.normalized("don’t “x”"), "don't \"x\"")
        XCTAssertEqual(WordForm.shape("Washington-2024"), "Xxx-dd")
    }
}
