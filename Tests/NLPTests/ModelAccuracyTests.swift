import XCTest
@testable import NLP

/// The shipped model on 200 EWT test sentences (gold tokens, predicted tags). Measured when the
/// model was trained: UPOS 95.8, XPOS 96.1, LEMMA 96.5, UAS 87.9, LAS 84.8 (beam 8); the floors sit
/// about a point lower.
final class ModelAccuracyTests: XCTestCase {
    func testShippedModelClearsTheAccuracyFloor() throws {
        let model = try NLPModel.bundled()
        let evaluation = model.evaluate(try NLPFixtures.slice())
        XCTAssertEqual(evaluation.tokens, 2280)
        let upos = Double(evaluation.uposCorrect) / Double(evaluation.tokens) * 100
        let xpos = Double(evaluation.xposCorrect) / Double(evaluation.tokens) * 100
        let lemma = Double(evaluation.lemmaCorrect) / Double(evaluation.tokens) * 100
        let uas = Double(evaluation.headCorrect) / Double(evaluation.tokens) * 100
        let las = Double(evaluation.labelledCorrect) / Double(evaluation.tokens) * 100
        XCTAssertGreaterThanOrEqual(upos, 94.5, "UPOS")
        XCTAssertGreaterThanOrEqual(xpos, 94.5, "XPOS")
        XCTAssertGreaterThanOrEqual(lemma, 95.5, "LEMMA")
        XCTAssertGreaterThanOrEqual(uas, 86.5, "UAS")
        XCTAssertGreaterThanOrEqual(las, 83.5, "LAS")
    }

    func testAnalysisIsDeterministic() throws {
        let model = try NLPModel.bundled()
        let sentences = try NLPFixtures.slice().prefix(20)
        let first = sentences.map { model.analyze($0.words) }
        let second = sentences.map { model.analyze($0.words) }
        XCTAssertEqual(first, second)
    }

    func testEvaluationReportFormat() {
        var evaluation = Evaluation()
        let gold = CoNLLUSentence(words: ["a", "b"], lemmas: ["a", "b"], upos: ["X", "Y"], xpos: ["x", "y"],
                                  heads: [1, -1], deprels: ["nsubj:pass", "root"])
        var guess = gold
        guess.upos = ["X", "X"]
        guess.deprels = ["nsubj", "root"]
        evaluation.add(gold: gold, predicted: guess)
        XCTAssertEqual(evaluation.report[0], "UPOS 50.00")
        XCTAssertTrue(evaluation.report.contains("LAS 100.00"))
        XCTAssertTrue(evaluation.report.contains("LAS_full_labels 50.00"))
        XCTAssertEqual(Evaluation.percent(2, 3), "66.67")
    }
}
