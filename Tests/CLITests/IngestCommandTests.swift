import Foundation
import XCTest

/// `extract` and `build` on pages, feeds, dumps and .gz: document names, metadata columns, the skipped-files
/// line, and the example article as a web page giving the same triples as the .txt.
final class IngestCommandTests: CLITestCase {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    private let txtHeader = "subject\trelation\tobject\tsubject_type\tobject_type\tsurface\tnegated\tsource\tdocument\tsentence\tstart\tend\tevidence"

    private func rows(_ output: String) -> [[String]] {
        output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// The example article inside a news site's page: cookie banner, navigation, byline, share bar, related
    /// links, a newsletter box (holding the .txt's last two lines, which are the blog's sign-up) and comments.
    private func examplePage() throws -> (txt: String, html: String) {
        let txt = try String(contentsOf: Self.repository.appendingPathComponent("Examples/articles/niger-russia.txt"), encoding: .utf8)
        let lines = txt.split(separator: "\n").map(String.init)
        let body = lines.dropLast(2).map { $0 == "Regional Implications:" ? "<h2>\($0)</h2>" : "<p>\(escaped($0))</p>" }
        let html = """
            <!DOCTYPE html><html><head><title>Russia deploys air defence to Niger – Pluboard</title>
            <meta property="og:site_name" content="Pluboard"><meta property="article:published_time" content="2024-04-12T10:00:00+00:00">
            <link rel="canonical" href="https://pluboard.example/2024/04/12/russia-niger/">
            <script>var consent = "<p>Russia invaded Mali</p>";</script></head>
            <body><div class="cookie-notice"><p>This site uses cookies. France and Germany would like you to accept them.</p></div>
            <nav class="main-menu"><a href="/">Home</a> <a href="/africa">Africa</a></nav>
            <div class="site-content"><article class="post">
            <header class="entry-header"><h1 class="entry-title">Air defence system arrives in Niger</h1>
            <span class="byline">By Staff Writer</span></header>
            <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <div class="entry-content">\(body.joined(separator: "\n"))
            <div class="newsletter-box"><h3>\(escaped(lines[lines.count - 2]))</h3><p>\(escaped(lines[lines.count - 1]))</p>
            <form><input type="email"><button>Subscribe</button></form></div>
            </div>
            <div class="related-posts"><h3>Related</h3><ul><li><a href="/mali">Mali expels French ambassador</a></li>
            <li><a href="/chad">Chad asks United States troops to leave</a></li></ul></div>
            </article>
            <section id="comments" class="comments-area"><p>Nigeria should condemn Russia. The United States will sanction Niger.</p></section>
            </div><footer><p>© 2024 Pluboard. Ghana and Togo sponsor nothing.</p></footer></body></html>
            """
        return (txt, html)
    }

    func testExampleArticleAsAWebPageGivesTheSameTriples() throws {
        let page = try examplePage()
        try write(page.txt, to: "niger-russia.txt")
        try write(page.html, to: "niger-russia.html")
        let fromText = try run("extract", "niger-russia.txt")
        let fromPage = try run("extract", "niger-russia.html")
        XCTAssertEqual(fromText.status, 0, fromText.stderr)
        XCTAssertEqual(fromPage.status, 0, fromPage.stderr)
        let triples = { (output: String) in self.rows(output).map { $0[0] + " | " + $0[1] + " | " + $0[2] } }
        XCTAssertFalse(triples(fromText.stdout).isEmpty)
        XCTAssertEqual(triples(fromPage.stdout), triples(fromText.stdout))
        for row in rows(fromPage.stdout) {
            XCTAssertEqual(Array(row[13..<17]), ["Air defence system arrives in Niger", "2024-04-12T10:00:00Z",
                                               "https://pluboard.example/2024/04/12/russia-niger/", "Pluboard"])
        }
    }

    func testDirectoryOfMixedKindsNamesItemsAndSkipsUnknownFilesInOneLine() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Monitor</title>
            <item><title>Mali and Niger</title><link>https://s.example/1</link><pubDate>Thu, 18 Apr 2024 16:42:10 +0000</pubDate>
            <description>Mali expelled the French ambassador.</description></item>
            <item><title>Chad</title><description>&lt;p&gt;Chad condemned Russia.&lt;/p&gt;</description></item>
            </channel></rss>
            """
        try write(feed, to: "news/feed.xml")
        try write("{\"title\": \"Kenya\", \"maintext\": \"Kenya signed a treaty with Uganda.\", \"source_domain\": \"nation.example\"}\n",
                  to: "news/dump.jsonl")
        try write("Nigeria condemned the coup in Niger.\n", to: "news/plain.txt")
        for name in ["news/notes.md", "news/data.csv", "news/logo.png"] { try write("x", to: name) }
        let result = try run("extract", "news")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.errorLines, ["warning: skipped 3 files of unknown type: news/data.csv, news/logo.png, news/notes.md"])
        XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init), txtHeader + "\ttitle\tdate\turl\toutlet\tevent_start\tevent_end\tevent_phrase")
        let byDocument = Dictionary(grouping: rows(result.stdout), by: { $0[8] })
        XCTAssertEqual(byDocument.keys.sorted(), ["news/dump.jsonl#1", "news/feed.xml#1", "news/feed.xml#2", "news/plain.txt"])
        XCTAssertEqual(byDocument["news/feed.xml#1"]?.first.map { Array($0[13...]) },
                       ["Mali and Niger", "2024-04-18T16:42:10Z", "https://s.example/1", "Sahel Monitor", "", "", ""])
        XCTAssertEqual(byDocument["news/plain.txt"]?.first.map { Array($0[13...]) }, ["", "", "", "", "", "", ""])
        XCTAssertEqual(byDocument["news/dump.jsonl#1"]?.first?[16], "nation.example")
        let build = try run("build", "news", "-o", "g.json")
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertEqual(build.errorLines.filter { $0.contains("unknown type") }.count, 1)
        let graph = try String(contentsOf: workDirectory.appendingPathComponent("g.json"), encoding: .utf8)
        XCTAssertTrue(graph.contains("\"outlet\" : \"Sahel Monitor\""), graph)
    }

    func testTextOnlyOutputIsUnchangedAndGraphsCarryNoMetadataKeys() throws {
        try write("Russia sent a delegation to Niger on Monday.\n", to: "a.txt")
        let tsv = try run("extract", "a.txt")
        XCTAssertEqual(tsv.stdout.split(separator: "\n").first.map(String.init), txtHeader)
        XCTAssertEqual(rows(tsv.stdout).first?.count, 13)
        let jsonl = try run("extract", "a.txt", "--format", "jsonl")
        XCTAssertFalse(jsonl.stdout.isEmpty)
        for key in ["title", "date", "url", "outlet"] { XCTAssertFalse(jsonl.stdout.contains("\"\(key)\""), key) }
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json").status, 0)
        let graph = try String(contentsOf: workDirectory.appendingPathComponent("g.json"), encoding: .utf8)
        XCTAssertFalse(graph.contains("\"outlet\""))
        let forced = try run("extract", "a.txt", "--metadata")
        XCTAssertEqual(forced.stdout.split(separator: "\n").first.map(String.init), txtHeader + "\ttitle\tdate\turl\toutlet\tevent_start\tevent_end\tevent_phrase")
    }

    func testBuildTriplesKeepsADateColumn() throws {
        try write("subject\trelation\tobject\tdate\turl\nRussia\tsend troops to\tMali\t2024-02-01\thttps://x.example/a\n", to: "t.tsv")
        let result = try run("build", "--triples", "t.tsv", "-o", "g.json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let graph = try String(contentsOf: workDirectory.appendingPathComponent("g.json"), encoding: .utf8)
        XCTAssertTrue(graph.contains("\"date\" : \"2024-02-01\""), graph)
        XCTAssertTrue(graph.contains("\"url\" : \"https://x.example/a\""), graph)
    }

    func testGzipAndStdinAreReadByContent() throws {
        let page = "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"Daily\"></head><body>"
            + "<nav>France condemned Russia.</nav><article><p>Nigeria condemned the coup in Niger.</p></article></body></html>"
        let fromStdin = try run("extract", "-", stdin: page)
        XCTAssertEqual(fromStdin.status, 0, fromStdin.stderr)
        XCTAssertEqual(rows(fromStdin.stdout).map { $0[0] + "|" + $0[2] + "|" + $0[8] }, ["Nigeria|Niger|-"])
        XCTAssertFalse(fromStdin.stdout.contains("France"))
        try write(page, to: "p.html")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-n", "p.html"]
        gzip.currentDirectoryURL = workDirectory
        try gzip.run()
        gzip.waitUntilExit()
        let fromGzip = try run("extract", "p.html.gz")
        XCTAssertEqual(fromGzip.status, 0, fromGzip.stderr)
        XCTAssertEqual(rows(fromGzip.stdout).map { $0[0] + "|" + $0[2] + "|" + $0[16] }, ["Nigeria|Niger|Daily"])
    }

    func testMalformedDumpLineIsOneErrorNamingFileAndLine() throws {
        try write("{\"text\": \"Mali met Niger.\"}\n{\"text\": oops}\n", to: "d.jsonl")
        assertFails(try run("extract", "d.jsonl"), status: 1, mentioning: "d.jsonl:2: malformed JSON: not a JSON object")
        try write("Nigeria condemned the coup in Niger.\n", to: "ok.txt")
        let going = try run("extract", "d.jsonl", "ok.txt", "--keep-going")
        XCTAssertEqual(going.status, 1)
        XCTAssertTrue(going.stderr.contains("warning: skipped d.jsonl: d.jsonl:2: malformed JSON"), going.stderr)
        XCTAssertTrue(going.stdout.contains("ok.txt"))
        assertFails(try run("extract", "d.jsonl", "--json-field", "colour=red"), status: 2, mentioning: "bad JSON field setting 'colour=red'")
    }

    func testTriplesWithExtraColumnsKeepThemAsEdgeAttributes() throws {
        try write("subject\trelation\tobject\tdate\tdesk\tevidnce\n"
                  + "Russia\tsend troops to\tMali\t2024-02-01\tAfrica\tRussia sent troops.\n", to: "t.tsv")
        let built = try run("build", "--triples", "t.tsv", "-o", "g.json")
        XCTAssertEqual(built.status, 0, built.stderr)
        // The misspelt "evidnce" is kept, but named, so the user sees it was not read as evidence.
        XCTAssertEqual(built.stderr, "note: t.tsv: kept 'desk', 'evidnce' as edge attributes\nwrote g.json: 2 actors, 1 relation\n")
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "g.jsonl").status, 0)
        let line = try String(contentsOf: workDirectory.appendingPathComponent("g.jsonl"), encoding: .utf8)
        XCTAssertTrue(line.contains(#""desk":"Africa""#) && line.contains(#""evidnce":"Russia sent troops.""#), line)
        XCTAssertTrue(line.contains(#""date":"2024-02-01""#), line)
    }
}
