import XCTest
@testable import Ingest

/// Crawler dumps: JSON Lines and arrays, news-please field names and configured ones.
final class JSONDumpReaderTests: XCTestCase {
    func testNewsPleaseLinesWithDefaults() throws {
        let result = try Ingestor().read(try FixtureFiles.bytes("crawl.jsonl"), path: "crawl.jsonl", name: "crawl.jsonl")
        XCTAssertEqual(result.articles.map(\.name), ["crawl.jsonl#1", "crawl.jsonl#2", "crawl.jsonl#5"], "named by line")
        XCTAssertEqual(result.articles[0].text, "Kenya deploys police to Haiti\nKenya deployed 400 police officers to Haiti on Friday.\n"
                       + "The United Nations backed the mission in October.\n")
        XCTAssertEqual(result.articles[0].metadata, ArticleMetadata(
            title: "Kenya deploys police to Haiti", date: "2024-03-01T18:20:00", url: "https://nation.example/kenya-haiti",
            outlet: "nation.example"))
        XCTAssertEqual(result.articles[1].metadata.date, "2023-07-14")
        XCTAssertEqual(result.articles[2].text, "Rwanda hosts summit\nRwanda hosted an African Union summit in Kigali.\nLeaders discussed trade.\n")
        XCTAssertEqual(result.articles[2].metadata.outlet, "Kigali Times", "a source object's name")
        XCTAssertEqual(result.articles[2].metadata.date, "2023-12-05T10:00:00+02:00")
        XCTAssertEqual(result.warnings, ["crawl.jsonl:4: no text (looked for maintext, text, content, body, article, description); record skipped"])
    }

    func testGzippedDumpGivesTheSameArticles() throws {
        let plain = try Ingestor().read(try FixtureFiles.bytes("crawl.jsonl"), path: "d", name: "d")
        let packed = try Ingestor().read(try FixtureFiles.bytes("crawl.jsonl.gz"), path: "crawl.jsonl.gz", name: "d")
        XCTAssertEqual(packed.kind, .json)
        XCTAssertEqual(packed.articles, plain.articles)
    }

    func testConfiguredFieldsComeFirst() throws {
        let line = #"{"headline_text": "Headline", "story": "Togo and Benin sign a trade pact.", "text": "wrong", "site": {"name": "Lomé Post"}}"#
        let fields = try JSONFields(settings: ["text=story", "title=headline_text", "outlet=site.name"])
        let article = try XCTUnwrap(Ingestor(fields: fields).read(Array(line.utf8), path: "x.jsonl", name: "x.jsonl").articles.first)
        XCTAssertEqual(article.text, "Headline\nTogo and Benin sign a trade pact.\n")
        XCTAssertEqual(article.metadata.outlet, "Lomé Post")
        XCTAssertThrowsError(try JSONFields(settings: ["colour=red"])) { XCTAssertEqual($0 as? IngestError, .badFieldSetting("colour=red")) }
        XCTAssertThrowsError(try JSONFields(settings: ["text"])) { XCTAssertEqual($0 as? IngestError, .badFieldSetting("text")) }
    }

    func testArrayDump() throws {
        let json = #"[{"title": "A", "text": "Ghana beat Nigeria."}, {"title": "B", "maintext": "Mali met Chad."}]"#
        let result = try Ingestor().read(Array(json.utf8), path: "a.json", name: "a.json")
        XCTAssertEqual(result.articles.map(\.text), ["A\nGhana beat Nigeria.\n", "B\nMali met Chad.\n"])
        XCTAssertEqual(result.articles.map(\.name), ["a.json#1", "a.json#2"])
    }

    func testMalformedLineIsNamed() {
        let dump = "{\"text\": \"ok\"}\n{\"text\": \"broken\n"
        XCTAssertThrowsError(try Ingestor().read(Array(dump.utf8), path: "d.jsonl", name: "d.jsonl")) {
            XCTAssertEqual("\($0)", "d.jsonl:2: malformed JSON: not a JSON object")
        }
        XCTAssertThrowsError(try Ingestor().read(Array("[1, 2]".utf8), path: "d.json", name: "d.json")) {
            XCTAssertEqual("\($0)", "d.json: malformed JSON: item 1 of the array is not an object")
        }
        XCTAssertThrowsError(try Ingestor().read(Array("{\"title\": \"no text\"}".utf8), path: "d.json", name: "d.json")) {
            XCTAssertEqual("\($0)", "d.json: no articles: no record has text")
        }
    }
}
