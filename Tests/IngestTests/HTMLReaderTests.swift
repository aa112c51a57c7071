import XCTest
@testable import Ingest

/// Whole pages in the shapes of common news sites: exact main text, metadata, no boilerplate.
final class HTMLReaderTests: XCTestCase {
    private func read(_ name: String) throws -> Article {
        let result = try Ingestor().read(try FixtureFiles.bytes(name), path: name, name: name)
        XCTAssertEqual(result.kind, .html)
        XCTAssertEqual(result.articles.count, 1)
        return try XCTUnwrap(result.articles.first)
    }

    func testBroadcasterPageGivesHeadlineAndParagraphsOnly() throws {
        let article = try read("broadcaster.html")
        XCTAssertEqual(article.text, try FixtureFiles.text("broadcaster.txt"))
        XCTAssertEqual(article.metadata, ArticleMetadata(
            title: "Mali and Algeria agree to reopen border talks", date: "2024-04-12T09:30:00+01:00",
            url: "https://www.worldservice.example/news/world-africa-68812345", outlet: "World Service News", author: "Amina Traoré"))
        for boilerplate in ["cookies", "Share", "Related topics", "More on this story", "Copyright", "By Amina", "Image: Reuters", "not text"] {
            XCTAssertFalse(article.text.contains(boilerplate), boilerplate)
        }
    }

    func testWordPressPageDropsShareBarsRelatedPostsAndComments() throws {
        let article = try read("blog.html")
        XCTAssertEqual(article.text, try FixtureFiles.text("blog.txt"))
        XCTAssertEqual(article.metadata.title, "Ghana signs power deal with Côte d'Ivoire")
        XCTAssertEqual(article.metadata.date, "2023-11-03T14:05:27Z")
        XCTAssertEqual(article.metadata.url, "https://accraledger.example/2023/11/ghana-power-deal/")
        XCTAssertEqual(article.metadata.outlet, "The Accra Ledger")
        XCTAssertEqual(article.metadata.author, "Kofi Mensah")
        for boilerplate in ["inbox", "Share this", "Nigeria grid", "tariffs", "WordPress", "Black Stars", "Skip to content"] {
            XCTAssertFalse(article.text.contains(boilerplate), boilerplate)
        }
    }

    func testWirePageReadsJSONLDGraphAndUnclosedParagraphs() throws {
        let article = try read("wire.html")
        XCTAssertEqual(article.text, try FixtureFiles.text("wire.txt"))
        XCTAssertEqual(article.metadata, ArticleMetadata(
            title: "Senegal's president dissolves parliament", date: "2024-09-12T21:15:00Z",
            url: "https://continentalwire.example/world/senegal-parliament-2024-09-12/", outlet: "Continental Wire",
            author: "Moussa Diop"))
        for boilerplate in ["Advertisement", "Africa Briefing", "Trust Principles", "Gambia", "DAKAR", "Home"] {
            XCTAssertFalse(article.text.contains(boilerplate), boilerplate)
        }
    }

    func testLegacyTablePageInWindows1252() throws {
        let result = try Ingestor().read(try FixtureFiles.bytes("legacy.html"), path: "legacy.html", name: "legacy.html")
        XCTAssertEqual(result.articles.first?.text, try FixtureFiles.text("legacy.txt"))
        XCTAssertEqual(result.articles.first?.metadata.title, "Kenya Ports Authority sacks managers")
        XCTAssertEqual(result.warnings, ["legacy.html is not valid UTF-8; decoded as Windows-1252 (Latin-1)"])
    }
}
