import XCTest
@testable import NLP

final class PipelineTests: XCTestCase {
    func testEnglishPipelineFillsEveryLayerWithDocumentLevelHeads() throws {
        let pipeline = try Pipeline.english()
        XCTAssertEqual(pipeline.steps.map(\.name).suffix(3), ["tagger", "lemmatizer", "parser"])
        let document = try pipeline("Russia signed the agreement. The treaty was signed by Niger.")
        XCTAssertEqual(document.sentences.count, 2)
        XCTAssertTrue(document.isTagged)
        XCTAssertTrue(document.isParsed)
        XCTAssertEqual(document.lemmas.count, document.count)
        for range in document.sentences {
            let roots = range.filter { document.heads[$0] == -1 }
            XCTAssertEqual(roots.count, 1)
            for token in range where document.heads[token] >= 0 { XCTAssertTrue(range.contains(document.heads[token])) }
        }
        let second = document.sentences[1]
        let treaty = try XCTUnwrap(second.first { document.words[$0] == "treaty" })
        let signed = try XCTUnwrap(second.first { document.words[$0] == "signed" })
        let niger = try XCTUnwrap(second.first { document.words[$0] == "Niger" })
        XCTAssertEqual(document.heads[treaty], signed)
        XCTAssertEqual(document.deprels[treaty], "nsubj:pass")
        XCTAssertEqual(document.deprels[niger], "obl:agent")
        XCTAssertEqual(document.lemmas[signed], "sign")
        XCTAssertEqual(document.upos[signed], "VERB")
    }

    func testSameInputSameOutput() throws {
        let text = "The minister’s visit to Niamey, announced on Monday, was postponed."
        XCTAssertEqual(try Pipeline.english()(text), try Pipeline.english()(text))
    }

    func testNarrowerBeamStillParsesEverySentence() throws {
        let document = try Pipeline.english(beamWidth: 1)("Russia signed the agreement. It was welcomed.")
        XCTAssertTrue(document.isParsed)
        for range in document.sentences {
            XCTAssertEqual(range.filter { document.heads[$0] == -1 }.count, 1)
        }
    }

    func testStepsNeedTags() throws {
        let model = try NLPModel.bundled()
        var document = Document(text: "x")
        document.words = ["x"]
        document.sentences = [0..<1]
        XCTAssertThrowsError(try Lemmatizer(model: model).apply(to: &document))
        XCTAssertThrowsError(try DependencyParser(model: model).apply(to: &document))
    }
}
