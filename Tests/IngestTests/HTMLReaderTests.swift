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

    /// A page's bytes: ASCII markup around `body`, which holds bytes of the declared encoding.
    private func page(head: String, body: [UInt8]) -> [UInt8] {
        Array("<!DOCTYPE html><html><head>\(head)<title>Ports</title></head><body><article><p>".utf8) + body
            + Array(" said the minister on Monday in a long statement to parliament.</p></article></body></html>".utf8)
    }

    private func read(_ bytes: [UInt8], name: String = "p.html") throws -> (text: String, warnings: [String]) {
        let result = try Ingestor().read(bytes, path: name, name: name)
        return (result.articles.first?.text ?? "", result.warnings)
    }

    func testDeclaredCharsetDecidesHowBytesAreRead() throws {
        // 0x92 is a right quote in Windows-1252, the encoding browsers use for every Latin-1 label.
        let quote: [UInt8] = Array("The authority".utf8) + [0x92] + Array("s board".utf8)
        for head in [#"<meta charset="windows-1252">"#, #"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">"#,
                     "<meta charset=latin1>"] {
            let read = try read(page(head: head, body: quote))
            XCTAssertTrue(read.text.hasPrefix("The authority\u{2019}s board said"), read.text)
            XCTAssertEqual(read.warnings, [], head)
        }
        // Latin-9 has the euro sign where Latin-1 has the currency sign.
        let euro = try read(page(head: #"<meta charset="iso-8859-15">"#, body: [0xA4] + Array("5m".utf8)))
        XCTAssertTrue(euro.text.hasPrefix("\u{20AC}5m said"), euro.text)
        // A Cyrillic page in Windows-1251.
        let cyrillic = try read(page(head: #"<meta charset="windows-1251">"#, body: [0xCF, 0xF3, 0xF2, 0xE8, 0xED]))
        XCTAssertTrue(cyrillic.text.hasPrefix("Путин said"), cyrillic.text)
        XCTAssertEqual(cyrillic.warnings, [])
    }

    func testMisdeclaredAndUnknownCharsetsAreReadAsUTF8() throws {
        // Templates keep an old Latin-1 header over UTF-8 text: valid UTF-8 is read as such, silently.
        let misdeclared = try read(page(head: #"<meta charset="iso-8859-1">"#, body: Array("Société Générale’s".utf8)))
        XCTAssertTrue(misdeclared.text.hasPrefix("Société Générale’s said"), misdeclared.text)
        XCTAssertEqual(misdeclared.warnings, [])
        let unknown = try read(page(head: #"<meta charset="koi8-r">"#, body: Array("Kenya’s".utf8)))
        XCTAssertTrue(unknown.text.hasPrefix("Kenya’s said"), unknown.text)
        XCTAssertEqual(unknown.warnings, ["p.html declares charset 'koi8-r', which NewsGraph does not decode; read as UTF-8"])
        // A byte-order mark outranks the declaration.
        let marked = try read([0xEF, 0xBB, 0xBF] + page(head: #"<meta charset="windows-1252">"#, body: Array("Kenya’s".utf8)))
        XCTAssertTrue(marked.text.hasPrefix("Kenya’s said"), marked.text)
    }

    func testFeedEncodingComesFromTheXMLDeclaration() throws {
        let feed = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Wire</title><item><title>Caf"#.utf8)
            + [0xE9] + Array(" owners sue city</title><link>https://wire.example/1</link><description>The owners of a caf".utf8) + [0xE9]
            + Array(" sued the city council on Monday over the new licensing rules.</description></item></channel></rss>".utf8)
        let result = try Ingestor().read(feed, path: "wire.xml", name: "wire.xml")
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.articles.first?.metadata.title, "Café owners sue city")
    }
}
