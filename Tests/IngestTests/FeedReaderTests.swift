import XCTest
@testable import Ingest

/// RSS 2.0 and Atom feeds: one article per item with its title, date, link, outlet and text.
final class FeedReaderTests: XCTestCase {
    private func read(_ name: String) throws -> Ingestor.Result {
        try Ingestor().read(try FixtureFiles.bytes(name), path: name, name: name)
    }

    func testRSSItemsBecomeArticlesWithMetadata() throws {
        let result = try read("sahel.rss")
        XCTAssertEqual(result.kind, .feed)
        XCTAssertEqual(result.articles.map(\.name), ["sahel.rss#1", "sahel.rss#2", "sahel.rss#3"])
        XCTAssertEqual(result.articles[0].text, """
            Burkina Faso expels French diplomats
            Burkina Faso expelled three French diplomats on Thursday, accusing them of subversive activities.
            The foreign ministry gave them 48 hours to leave Ouagadougou.

            """)
        XCTAssertEqual(result.articles[0].metadata, ArticleMetadata(
            title: "Burkina Faso expels French diplomats", date: "2024-04-18T16:42:10Z",
            url: "https://sahelmonitor.example/2024/04/18/burkina-expels-diplomats/", outlet: "Sahel Monitor",
            author: "Idrissa Ouédraogo"))
        XCTAssertEqual(result.articles[1].text, """
            Niger & Mali launch joint force
            Niger, Mali and Burkina Faso announced a joint force of 5,000 troops.
            Its headquarters will be in Niamey.

            """)
        XCTAssertEqual(result.articles[1].metadata.date, "2024-03-07T09:00:00Z")
        XCTAssertEqual(result.articles[2].metadata.date, "2024-05-06T08:00:00-05:00", "two-digit year and a US zone name")
        XCTAssertEqual(result.articles[2].text, "Chad holds presidential election\n"
                       + "Chad voted on Monday in an election expected to confirm Mahamat Idriss Déby in office.\n")
    }

    func testAtomEntriesReadXHTMLAndEscapedHTML() throws {
        let result = try read("sahel.atom")
        XCTAssertEqual(result.articles.count, 2)
        XCTAssertEqual(result.articles[0].text, """
            Ethiopia and Somalia resume talks
            Ethiopia and Somalia resumed talks in Ankara on Tuesday.
            Turkey is mediating between the two governments.

            """)
        XCTAssertEqual(result.articles[0].metadata, ArticleMetadata(
            title: "Ethiopia and Somalia resume talks", date: "2024-02-20T18:30:00+03:00",
            url: "https://horndispatch.example/2024/02/ethiopia-somalia-talks", outlet: "Horn Dispatch", author: "Hodan Ali"))
        XCTAssertEqual(result.articles[1].metadata.date, "2024-02-19", "updated when there is no published")
        XCTAssertEqual(result.articles[1].metadata.url, "https://horndispatch.example/2024/02/eritrea-recalls")
        XCTAssertEqual(result.articles[1].text, "Eritrea recalls ambassador\nEritrea recalled its ambassador to Kenya, the information ministry said.\n")
    }

    func testGzippedFeedIsReadByContent() throws {
        let result = try read("sahel-feed.gz")
        XCTAssertEqual(result.kind, .feed)
        XCTAssertEqual(result.articles, try read("sahel.rss").articles.map { article in
            var renamed = article
            renamed.name = article.name.replacingOccurrences(of: "sahel.rss", with: "sahel-feed.gz")
            return renamed
        })
    }

    func testXMLThatIsNoFeedIsAnError() {
        XCTAssertThrowsError(try Ingestor().read(Array("<?xml version=\"1.0\"?><config><a>1</a></config>".utf8), path: "c.xml", name: "c.xml")) {
            XCTAssertEqual("\($0)", "c.xml: no articles: no <item> or <entry> elements (not an RSS or Atom feed?)")
        }
    }
}
