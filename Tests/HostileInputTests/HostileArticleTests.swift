import XCTest

/// Every article in Tests/HostileInputs/articles through extract, build, render and path: a result
/// or one clear error, never a crash, hang, partial output or leftover temp file.
final class HostileArticleTests: HostileTestCase {
    /// What each corpus article must give: the error it names, or text `extract` must print.
    enum Expected {
        case error(String)
        case triples(contain: [String], lack: [String] = [])
        case noTriples
    }

    static let expectations: [String: Expected] = [
        "binary-elf.txt": .error("looks like a binary file"),
        "binary-controls.txt": .error("looks like a binary file"),
        "control-chars.txt": .error("looks like a binary file"),
        "empty.txt": .error("is empty"),
        "bom-only.txt": .error("is empty"),
        "whitespace-only.txt": .error("is empty"),
        "invalid-utf8.txt": .triples(contain: ["France\tcondemn\tRussia"]),
        "mixed-utf8.txt": .triples(contain: ["China\tcriticise\tJapan", "\u{E9}lection"], lack: ["\u{C3}"]),
        "latin1-pound.txt": .triples(contain: ["United Kingdom\tsanction\tRussia", "\u{A3}5m"]),
        "utf16le-bom.txt": .triples(contain: ["Russia\tsend troops to\tMali", "France\tcondemn\tRussia"]),
        "utf16be-bom.txt": .triples(contain: ["Russia\tsend troops to\tMali", "France\tcondemn\tRussia"]),
        "utf16-odd-length.txt": .triples(contain: ["Russia\tsend troops to\tMali"]),
        "utf16-lone-surrogate.txt": .triples(contain: ["\tMali\t"]),
        // Scripts, styles, comments and navigation are no article text.
        "html-page.txt": .triples(contain: ["Russia\tsend troops to\tMali", "France\tcondemn\tRussia"],
                                  lack: ["China", "Iran", "Home", "<p>"]),
        "html-unterminated.txt": .triples(contain: ["Russia\tsend troops to\tMali"]),
        "punctuation-only.txt": .noTriples,
        "numbers-only.txt": .noTriples,
        "quoted-names.txt": .triples(contain: ["\tmeet\tVladimir Putin"]),
        // 5,000 accents on "Russia" make it no actor; the second sentence still reads.
        "combining-marks.txt": .triples(contain: ["France\tcondemn\tRussia"]),
        "rtl-and-cjk.txt": .triples(contain: ["Russia\tsend troops to\tMali"]),
    ]

    func testCorpusIsCovered() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("articles").path)
        XCTAssertEqual(Set(names), Set(Self.expectations.keys), "every corpus article needs an expectation")
    }

    func testEveryArticleThroughEveryCommand() throws {
        for (name, expected) in Self.expectations.sorted(by: { $0.key < $1.key }) {
            let article = try stage("articles/\(name)")
            let extract = try survive(["extract", article])
            let build = try survive(["build", article, "-o", "g.json"], output: "g.json")
            switch expected {
            case let .error(fragment):
                XCTAssertNotEqual(extract.status, 0, extract.summary)
                XCTAssertTrue(extract.stderr.contains(fragment), extract.summary)
                XCTAssertNotEqual(build.status, 0, build.summary)
                XCTAssertTrue(build.stderr.contains(fragment), build.summary)
                continue
            case let .triples(contain, lack):
                XCTAssertEqual(extract.status, 0, extract.summary)
                for text in contain { XCTAssertTrue(extract.stdout.contains(text), "\(name) lacks '\(text)':\n\(extract.stdout)") }
                for text in lack { XCTAssertFalse(extract.stdout.contains(text), "\(name) has '\(text)':\n\(extract.stdout)") }
            case .noTriples:
                XCTAssertEqual(extract.status, 0, extract.summary)
                XCTAssertEqual(extract.stdout.split(separator: "\n").count, 1, "only the header: \(extract.stdout)")
            }
            XCTAssertEqual(build.status, 0, build.summary)
            let render = try survive(["render", "-g", "g.json", "-o", "g.svg"], output: "g.svg")
            if case .noTriples = expected {
                XCTAssertTrue(render.stderr.contains("nothing is left to draw"), render.summary)
            } else {
                XCTAssertEqual(render.status, 0, render.summary)
            }
            // A path between the first triple's two actors, in the JSON and the DOT graph.
            let row = extract.stdout.split(separator: "\n").dropFirst().first.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
            let from = row.map { String($0[0]) } ?? "Russia", to = row.map { String($0[2]) } ?? "Mali"
            let path = try survive(["path", from, to, "-g", "g.json"])
            XCTAssertEqual(path.status, row == nil ? 2 : 0, path.summary)
            try survive(["build", article, "-o", "g.dot"], output: "g.dot")
            try survive(["path", from, to, "-g", "g.dot", "-o", "p.svg"], output: "p.svg")
            for output in ["g.json", "g.svg", "g.dot", "p.svg"] {
                try? FileManager.default.removeItem(at: workDirectory.appendingPathComponent(output))
            }
        }
    }

    /// Names with quotes, backslashes and HTML-like text survive JSON and DOT unchanged.
    func testAwkwardNamesSurviveEveryGraphFormat() throws {
        let triples = try stage("names.tsv")
        XCTAssertEqual(try survive(["build", "--triples", triples, "-o", "g.json"], output: "g.json").status, 0)
        XCTAssertEqual(try survive(["build", "--triples", triples, "-o", "g.dot"], output: "g.dot").status, 0)
        XCTAssertEqual(try survive(["export", "-g", "g.dot", "-o", "again.json"], output: "again.json").status, 0)
        XCTAssertEqual(contents("again.json"), contents("g.json"), "DOT round trip changed the graph")
        for output in ["g.svg", "g.html", "g.png"] {
            XCTAssertEqual(try survive(["render", "-g", "g.dot", "-o", output], output: output).status, 0)
        }
        let path = try survive(["path", "back\\slash\\", "\\\\", "-g", "g.dot"])
        XCTAssertEqual(path.status, 0, path.summary)
        XCTAssertTrue(path.stdout.contains("back\\slash\\ <--[sanction]-- \\\\"), path.stdout)
        let html = try survive(["path", "<script>alert(1)</script>", "{Mali}; [x]", "-g", "g.json", "-o", "p.svg"], output: "p.svg")
        XCTAssertEqual(html.status, 0, html.summary)
        let svg = String(decoding: contents("p.svg") ?? Data(), as: UTF8.self)
        XCTAssertFalse(svg.contains("<script>"), "an actor name became markup in the SVG")
    }
}
