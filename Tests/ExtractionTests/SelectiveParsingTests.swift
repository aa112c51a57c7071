import XCTest
import NLP
@testable import Extraction

/// Actor mode parses only sentences with two actors; that must never change the triples.
final class SelectiveParsingTests: XCTestCase {
    func testParsingOnlyActorSentencesGivesTheSameTriplesAsParsingAll() throws {
        let url = Support.repositoryRoot.appendingPathComponent("Examples/articles/niger-russia.txt")
        let article = try String(contentsOf: url, encoding: .utf8)
        // Our own sentences too, so the check does not rest on one article.
        let text = article + "\n\nThe weather was mild. Kenya signed a trade deal with Uganda on Monday, "
            + "and Tanzania welcomed it. Officials said little."
        let full = try Pipeline.english(beamWidth: ArticleExtractor.parserBeamWidth)
        guard let parser = full.steps.last as? DependencyParser else { return XCTFail("the parser is not the last step") }
        let extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled(), mode: .actors, reading: .combined)

        let parsedEverywhere = extractor.analyze(try full(text, id: "a"))
        let tagged = try Pipeline(Array(full.steps.dropLast()))(text, id: "a")
        XCTAssertFalse(tagged.isParsed)
        let parsedWhereNeeded = extractor.analyze(tagged, parsingWith: parser)

        XCTAssertEqual(parsedWhereNeeded.triples, parsedEverywhere.triples)
        XCTAssertTrue(parsedWhereNeeded.triples.contains { $0.subject.name == "Kenya" && $0.object.name == "Uganda" })
        XCTAssertGreaterThan(parsedWhereNeeded.triples.count, 15)
    }
}
