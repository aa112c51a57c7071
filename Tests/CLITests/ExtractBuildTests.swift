import XCTest

/// `extract` and `build` on real text. The assertions are about the CLI contract (columns,
/// provenance, ordering, files), not about how many triples the extractor finds.
final class ExtractBuildTests: CLITestCase {
    private let header = "subject\trelation\tobject\tsubject_type\tobject_type\tsurface\tnegated\tsource\tdocument\tsentence\tstart\tend\tevidence"
    private let article = """
        Russia sent a delegation to Niger on Monday. France withdrew its troops from Mali.
        Nigeria condemned the coup in Niger. The United States imposed sanctions on Russia.

        """

    private func rows(_ output: String) -> [[String]] {
        output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    func testTSVHasOneHeaderAndWellFormedRows() throws {
        try write(article, to: "news/a.txt")
        let result = try run("extract", "news/a.txt")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.first.map(String.init), header)
        XCTAssertEqual(lines.last, "", "output ends with a newline")
        XCTAssertEqual(lines.filter { $0.hasPrefix("subject\t") }.count, 1)
        let scalars = Array(article.unicodeScalars)
        XCTAssertFalse(rows(result.stdout).isEmpty, "plain 'X verbed Y' sentences between countries yield triples")
        for row in rows(result.stdout) {
            XCTAssertEqual(row.count, 13, "\(row)")
            XCTAssertEqual(row[8], "news/a.txt")
            XCTAssertTrue(["true", "false"].contains(row[6]))
            let start = try XCTUnwrap(Int(row[10])), end = try XCTUnwrap(Int(row[11]))
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), row[12], "offsets must point at the evidence")
        }
    }

    func testOpenModeAddsConfidenceColumn() throws {
        try write(article, to: "a.txt")
        let result = try run("extract", "a.txt", "--open")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").first.map(String.init), header + "\tconfidence")
        for row in rows(result.stdout) {
            XCTAssertEqual(row.count, 14)
            let confidence = try XCTUnwrap(Double(row[13]))
            XCTAssertTrue((0...1).contains(confidence))
        }
    }

    func testStdinIsNamedDashAndJSONLinesCarryTheSameFields() throws {
        let result = try run("extract", "-", "--format", "jsonl", stdin: article)
        XCTAssertEqual(result.status, 0, result.stderr)
        for line in result.stdout.split(separator: "\n") {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(Set(object.keys), Set(header.split(separator: "\t").map(String.init)))
            XCTAssertEqual(object["document"] as? String, "-")
            XCTAssertNotNil(object["negated"] as? Bool)
        }
    }

    func testSentencesModeNumbersLines() throws {
        let lines = ["Russia sent a delegation to Niger.", "", "France withdrew its troops from Mali.", "Nigeria condemned Niger."]
        try write(lines.joined(separator: "\n") + "\n", to: "s.txt")
        let result = try run("extract", "s.txt", "--sentences")
        XCTAssertEqual(result.status, 0, result.stderr)
        let found = rows(result.stdout)
        XCTAssertFalse(found.isEmpty)
        let file = Array((lines.joined(separator: "\n") + "\n").unicodeScalars)
        for row in found {
            let index = try XCTUnwrap(Int(row[9]))
            XCTAssertEqual(row[12], lines[index])
            let start = try XCTUnwrap(Int(row[10])), end = try XCTUnwrap(Int(row[11]))
            XCTAssertEqual(String(String.UnicodeScalarView(file[start..<end])), lines[index])
        }
        XCTAssertTrue(found.contains { $0[9] == "2" }, "the blank line still counts: France's line is sentence 2")
    }

    func testDirectoriesAreWalkedInPathOrder() throws {
        try write(article, to: "news/b.txt")
        try write(article, to: "news/a/c.txt")
        try write(article, to: "news/a.txt")
        try write("ignored", to: "news/notes.md")
        let result = try run("extract", "news")
        XCTAssertEqual(result.status, 0, result.stderr)
        let documents = rows(result.stdout).map { $0[8] }
        XCTAssertEqual(Set(documents).count, 3)
        XCTAssertEqual(documents, documents.sorted())
        XCTAssertTrue(Set(documents).isSubset(of: ["news/a.txt", "news/a/c.txt", "news/b.txt"]))
        let again = try run("extract", "news")
        XCTAssertEqual(again.stdout, result.stdout, "same input, same bytes")
    }

    func testBuildWritesEveryFormatDeterministically() throws {
        try write(article, to: "a.txt")
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json").status, 0)
        let first = try Data(contentsOf: workDirectory.appendingPathComponent("g.json"))
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json").status, 0)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("g.json")), first)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: first) as? [String: Any])
        XCTAssertEqual(json["format"] as? String, "newsgraph")
        XCTAssertEqual(try run("stats", "-g", "g.json").status, 0)

        let dot = try run("build", "a.txt", "-o", "g.dot")
        XCTAssertEqual(dot.status, 0, dot.stderr)
        let dotText = try String(contentsOf: workDirectory.appendingPathComponent("g.dot"), encoding: .utf8)
        XCTAssertTrue(dotText.contains("digraph"), dotText)
        let svg = try run("build", "a.txt", "-o", "g.svg")
        XCTAssertEqual(svg.status, 0, svg.stderr)
        let svgText = try String(contentsOf: workDirectory.appendingPathComponent("g.svg"), encoding: .utf8)
        XCTAssertTrue(svgText.contains("<svg"))
        XCTAssertFalse(try listing().contains { $0.hasSuffix(".tmp") }, "no temporary file left behind")
    }

    func testAppendMergesIntoTheExistingGraph() throws {
        try write(SampleGraph.json(), to: "g.json")
        try write(article, to: "a.txt")
        let result = try run("build", "a.txt", "-o", "g.json", "--append")
        XCTAssertEqual(result.status, 0, result.stderr)
        let path = try run("path", "Russia", "Nigeria", "-g", "g.json")
        XCTAssertEqual(path.status, 0, "the old graph's edges survive the append: \(path.stderr)")
        assertFails(try run("build", "a.txt", "-o", "g.svg", "--append"), status: 2, mentioning: "--append")
    }

    func testRenderFromJSONAndDOT() throws {
        try write(SampleGraph.json(), to: "g.json")
        let png = try run("render", "--graph", "g.json", "-o", "g.png", "--layout", "neato")
        XCTAssertEqual(png.status, 0, png.stderr)
        let bytes = try Data(contentsOf: workDirectory.appendingPathComponent("g.png"))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        try write("digraph { Russia -> Niger [label=\"send\"]; Niger -> ECOWAS }\n", to: "hand.dot")
        let dot = try run("render", "--graph", "hand.dot", "-o", "g.pdf")
        XCTAssertEqual(dot.status, 0, dot.stderr)
        XCTAssertEqual(try run("path", "russia", "ecowas", "-g", "hand.dot").stdout.split(separator: "\n").first,
                       "Russia --[send]--> Niger")
        XCTAssertEqual(Array(try Data(contentsOf: workDirectory.appendingPathComponent("g.pdf")).prefix(4)), Array("%PDF".utf8))
        XCTAssertEqual(try run("render", "--graph", "g.json", "-o", "g.svg", "--layout", "spring").status, 2)
    }
}

final class FormatRoundTripTests: CLITestCase {
    private let article = "Russia sent a delegation to Niger. Niger left ECOWAS. Nigeria condemned Niger.\n"

    func testDOTAndJSONDescribeTheSameGraph() throws {
        try write(article, to: "a.txt")
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json").status, 0)
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.dot").status, 0)
        let fromJSON = try run("stats", "-g", "g.json"), fromDOT = try run("stats", "-g", "g.dot")
        XCTAssertEqual(fromJSON.status, 0, fromJSON.stderr)
        XCTAssertEqual(fromDOT.stdout, fromJSON.stdout)
        XCTAssertTrue(fromJSON.stdout.hasPrefix("actors: "), fromJSON.stdout)
        XCTAssertEqual(try run("path", "Russia", "Nigeria", "-g", "g.dot").stdout,
                       try run("path", "Russia", "Nigeria", "-g", "g.json").stdout)
        // Appending the same article to DOT keeps it DOT and changes nothing: articles are keyed by path and content.
        let before = try String(contentsOf: workDirectory.appendingPathComponent("g.dot"), encoding: .utf8)
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.dot", "--append").status, 0)
        XCTAssertEqual(try String(contentsOf: workDirectory.appendingPathComponent("g.dot"), encoding: .utf8), before)
        XCTAssertTrue(try run("stats", "-g", "g.dot").stdout.contains("statements: \(try statements(fromJSON.stdout))"))
    }

    func testPicturesAreByteIdenticalAcrossRuns() throws {
        try write(article, to: "a.txt")
        for format in ["svg", "pdf"] {
            XCTAssertEqual(try run("build", "a.txt", "-o", "one.\(format)").status, 0)
            XCTAssertEqual(try run("build", "a.txt", "-o", "two.\(format)").status, 0)
            let one = try Data(contentsOf: workDirectory.appendingPathComponent("one.\(format)"))
            let two = try Data(contentsOf: workDirectory.appendingPathComponent("two.\(format)"))
            XCTAssertEqual(one, two, format)
        }
    }

    private func statements(_ stats: String) throws -> Int {
        let line = try XCTUnwrap(stats.split(separator: "\n").first { $0.hasPrefix("statements: ") })
        return try XCTUnwrap(Int(line.dropFirst("statements: ".count)))
    }
}

/// The bundled example article through build → path/neighbors, as a user would run it.
final class ExampleArticleTests: CLITestCase {
    func testExampleArticleConnectsRussiaToNiger() throws {
        let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/articles/niger-russia.txt")
        guard FileManager.default.fileExists(atPath: article.path) else { throw XCTSkip("example article not found") }
        let build = try run("build", article.path, "-o", "niger.json")
        XCTAssertEqual(build.status, 0, build.stderr)
        let path = try run("path", "russia", "NIGER", "--graph", "niger.json", "--directed")
        XCTAssertEqual(path.status, 0, path.stderr)
        let lines = path.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, path.stdout)
        XCTAssertTrue(lines[0].hasPrefix("Russia --["), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("]--> Niger"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("    \(article.path):"), lines[1])
        let neighbors = try run("neighbors", "Niger", "--graph", "niger.json")
        XCTAssertEqual(neighbors.status, 0, neighbors.stderr)
        XCTAssertTrue(neighbors.stdout.contains("\n  Russia (country)\n"), neighbors.stdout)
    }
}
