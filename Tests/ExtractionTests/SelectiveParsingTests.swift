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

    /// Actor mode reads (and parses) only sentences with two resolved actors. That is exact because both
    /// readers only use mentions inside the sentence they read: checked here on every content sentence.
    func testReadersOnlyUseMentionsOfTheirOwnSentence() throws {
        let url = Support.repositoryRoot.appendingPathComponent("Examples/articles/niger-russia.txt")
        let text = try String(contentsOf: url, encoding: .utf8) + "\n\nKenya signed a deal. It was praised by the "
            + "country's neighbours, and he said so. The bloc met in Accra, where Ghana hosted it."
        let document = try Pipeline.english(beamWidth: ArticleExtractor.parserBeamWidth)(text, id: "a")
        let gazetteer = try Gazetteer.bundled()
        let table = TokenTable(document)
        let content = document.sentences.map { SentenceFilter.isContent(table, $0) }
        var mentions = MentionDetector(gazetteer: gazetteer).mentions(in: table, content: content)
        let names = EntityResolver(gazetteer: gazetteer).resolve(&mentions, table: table).map(\.name)
        var mentionAt: [Int: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            for token in mention.tokens { mentionAt[token] = index }
        }
        var statements = 0, fewActors = 0
        for (s, range) in document.sentences.enumerated() where content[s] {
            let read = ClauseReader(table: table, mentions: mentions, mentionAt: mentionAt, range: range, entityNames: names)
                .statements()
                + DependencyReader(table: table, mentions: mentions, mentionAt: mentionAt, range: range).statements(entityNames: names)
            for statement in read {
                XCTAssertEqual(mentions[statement.subject].sentence, s)
                XCTAssertEqual(mentions[statement.object].sentence, s)
                XCTAssertTrue(range.contains(mentions[statement.subject].start) && range.contains(mentions[statement.object].start))
            }
            statements += read.count
            let actors = Set(mentions.filter { $0.sentence == s && $0.entity >= 0 }.map(\.entity))
            if actors.count < 2 {
                fewActors += 1
                XCTAssertFalse(read.contains { mentions[$0.subject].entity >= 0 && mentions[$0.object].entity >= 0
                    && mentions[$0.subject].entity != mentions[$0.object].entity }, "sentence \(s)")
            }
        }
        XCTAssertGreaterThan(statements, 15)
        XCTAssertGreaterThan(fewActors, 3)
    }
}
