import XCTest

final class NativeGraphCommandTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(SampleGraph.json(), to: "g.json")
        let exported = try run("export", "--graph", "g.json", "-o", "g.ngraph")
        XCTAssertEqual(exported.status, 0, exported.stderr)
    }

    func testQueriesAnswerAsFromJSON() throws {
        for query in [["path", "moscow", "NIGERIA"], ["path", "Russia", "Nigeria", "--all"], ["stats"], ["neighbors", "Niger"],
                      ["neighbors", "ECOWAS", "--depth", "2"], ["path", "Russia", "Nigeria", "--format", "json"],
                      ["neighbors", "Niger", "--format", "json"], ["stats", "--format", "json"], ["rank"], ["components"],
                      ["actors"], ["actors", "--grep", "ni", "--format", "tsv"], ["communities"], ["communities", "--format", "json"],
                      ["timeline", "Niger"], ["timeline", "Russia", "Niger"]] {
            let fromJSON = try CLIRunner.run(query + ["--graph", "g.json"], in: workDirectory)
            let fromNative = try CLIRunner.run(query + ["--graph", "g.ngraph"], in: workDirectory)
            XCTAssertEqual(fromNative.status, 0, "\(query): \(fromNative.stderr)")
            XCTAssertEqual(fromNative.stdout, fromJSON.stdout, "\(query)")
            XCTAssertEqual(fromNative.stderr, fromJSON.stderr, "\(query)")
        }
    }

    func testExportBackToJSONIsByteIdentical() throws {
        XCTAssertEqual(try run("export", "--graph", "g.json", "-o", "a.json").status, 0)
        XCTAssertEqual(try run("export", "--graph", "g.ngraph", "-o", "b.json").status, 0)
        let first = try Data(contentsOf: workDirectory.appendingPathComponent("a.json"))
        let second = try Data(contentsOf: workDirectory.appendingPathComponent("b.json"))
        XCTAssertEqual(first, second)
        XCTAssertEqual(try run("export", "--graph", "b.json", "-o", "c.ngraph").status, 0)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("c.ngraph")),
                       try Data(contentsOf: workDirectory.appendingPathComponent("g.ngraph")))
    }

    /// A focus or top view of a native file reads only its part's evidence; the file written is the
    /// one the fully loaded JSON graph gives, byte for byte, and errors are the same.
    func testFocusAndTopViewsRenderAndExportAsFromJSON() throws {
        let views = [["render", "--focus", "Niger", "-o", "X.svg"], ["render", "--focus", "ECOWAS", "--depth", "2", "-o", "X.html"],
                     ["render", "--top", "3", "-o", "X.svg"], ["render", "--top", "3", "--edges", "all", "--clusters", "-o", "X.svg"],
                     ["render", "--focus", "Niger", "--relation", "statement", "-o", "X.svg"],
                     ["export", "--focus", "Niger", "-o", "X.json"], ["export", "--focus", "Russia", "--depth", "2", "-o", "X.ngraph"],
                     ["export", "--focus", "Niger", "-o", "X.graphml"], ["render", "--focus", "Nowhere", "-o", "X.svg"]]
        for (index, view) in views.enumerated() {
            let fromJSON = try CLIRunner.run(view.map { $0.replacingOccurrences(of: "X.", with: "j\(index).") } + ["--graph", "g.json"], in: workDirectory)
            let fromNative = try CLIRunner.run(view.map { $0.replacingOccurrences(of: "X.", with: "n\(index).") } + ["--graph", "g.ngraph"], in: workDirectory)
            XCTAssertEqual(fromNative.status, fromJSON.status, "\(view): \(fromNative.stderr)")
            XCTAssertEqual(fromNative.stderr, fromJSON.stderr, "\(view)")
            guard let name = view.last(where: { $0.hasPrefix("X.") }), fromJSON.status == 0 else { continue }
            let written = try Data(contentsOf: workDirectory.appendingPathComponent(name.replacingOccurrences(of: "X.", with: "n\(index).")))
            let expected = try Data(contentsOf: workDirectory.appendingPathComponent(name.replacingOccurrences(of: "X.", with: "j\(index).")))
            XCTAssertEqual(written, expected, "\(view)")
            XCTAssertGreaterThan(written.count, 100, "\(view)")
        }
        assertFails(try run("render", "--focus", "Nowhere", "-o", "x.svg", "--graph", "g.ngraph"), status: 2, mentioning: "Nowhere")
    }

    func testForeignDamagedAndTruncatedFilesGiveOneLineErrors() throws {
        try write("{\"format\":\"newsgraph\"}", to: "foreign.ngraph")
        assertFails(try run("stats", "--graph", "foreign.ngraph"), status: 1, mentioning: "not a native graph (no NGRAPH header)")
        var data = try Data(contentsOf: workDirectory.appendingPathComponent("g.ngraph"))
        try write(data.prefix(data.count / 2), to: "short.ngraph")
        assertFails(try run("path", "Russia", "Nigeria", "--graph", "short.ngraph"), status: 1, mentioning: "graph file short.ngraph is corrupt")
        data[data.count / 2] ^= 0xFF
        try write(data, to: "damaged.ngraph")
        assertFails(try run("export", "--graph", "damaged.ngraph", "-o", "x.json"), status: 1, mentioning: "graph file damaged.ngraph is corrupt")
        XCTAssertFalse(exists("x.json"))
    }

    func testBuildAppendsToANativeGraph() throws {
        try write("subject\trelation\tobject\tdocument\nRussia\tcourt\tMali\tc.txt\n", to: "t.tsv")
        let built = try run("build", "--triples", "t.tsv", "--append", "-o", "g.ngraph")
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertTrue(try run("neighbors", "Mali", "--graph", "g.ngraph").stdout.contains("court"))
    }

    /// Appending statements the file already holds reads and writes their edges again; once most stored
    /// evidence is dead the file is rewritten whole, as one build writes it.
    func testReappendingTheSameTriplesRewritesTheFileWhole() throws {
        let rows = (0..<300).map { "Actor \($0 % 17)\tmeet\tActor \($0 % 23 + 20)\td\($0 / 30).txt\t\($0 % 30)\tActor met actor \($0)." }
        try write("subject\trelation\tobject\tdocument\tsentence\tevidence\n" + rows.joined(separator: "\n") + "\n", to: "many.tsv")
        XCTAssertEqual(try run("build", "--triples", "many.tsv", "-o", "m.ngraph").status, 0)
        let fresh = try Data(contentsOf: workDirectory.appendingPathComponent("m.ngraph"))
        let again = try run("build", "--append", "--triples", "many.tsv", "-o", "m.ngraph")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("note: m.ngraph: most of its earlier evidence was replaced; rewriting the file whole"), again.stderr)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("m.ngraph")), fresh)
        try write("subject\trelation\tobject\tdocument\nActor 1\tmeet\tActor 99\tnew.txt\n", to: "one.tsv")
        let appended = try run("build", "--append", "--triples", "one.tsv", "-o", "m.ngraph")
        XCTAssertFalse(appended.stderr.contains("rewriting"), appended.stderr)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("m.ngraph"))[8], 2, "a new statement is appended")
    }

    /// Plain queries read the native file in place; the rest (ambiguous, unknown, chosen names) load it.
    /// Either way stdout, stderr and the exit status equal those of the same query on the JSON graph.
    func testInPlaceAndLoadedAnswersAgreeIncludingErrors() throws {
        try write("""
            subject\trelation\tobject\tdocument
            the minister\tmeet\tRussia\ta.txt
            the minister\tmeet\tNiger\tb.txt
            Russia\tarm\tNiger\tb.txt
            Niger\tquit\tECOWAS\tb.txt
            Mali\tcourt\tChad\tc.txt

            """, to: "t.tsv")
        for file in ["t.json", "t.ngraph"] {
            let built = try run("build", "--triples", "t.tsv", "-o", file)
            XCTAssertEqual(built.status, 0, built.stderr)
        }
        let queries = [["path", "the minister", "Russia"], ["neighbors", "the minister"], ["path", "Nobody", "Russia"],
                       ["path", "Russia", "Nobdy"], ["neighbors", "Rusia"], ["path", "Russia", "Chad"], ["path", "Russia", " russia "],
                       ["path", "Russia", "ECOWAS", "--directed"], ["path", "ECOWAS", "Russia", "--directed"],
                       ["path", "Russia", "ECOWAS", "--max-hops", "1"], ["path", "Russia", "ECOWAS"],
                       ["path", "the minister (other, from a.txt)", "ECOWAS"], ["path", "the minister (person, from a.txt)", "ECOWAS"],
                       ["neighbors", "Niger", "--depth", "2"], ["neighbors", "Niger", "--directed"], ["stats", "--top", "2"], ["stats", "--top", "0"],
                       ["rank"], ["rank", "--by", "pagerank", "--top", "3"], ["rank", "--format", "json"],
                       ["rank", "--by", "pagerank", "--format", "json"], ["components"], ["components", "--names", "1", "--top", "1"],
                       ["components", "--format", "json"], ["path", "the minister (person, from b.txt)", "Chad", "--format", "json"],
                       ["path", "Russia", "ECOWAS", "--format", "json"], ["path", "Russia", " russia ", "--format", "json"],
                       ["path", "Russia", "Chad", "--format", "json"], ["path", "ECOWAS", "Russia", "--directed", "--format", "json"],
                       ["neighbors", "Niger", "--depth", "2", "--format", "json"], ["neighbors", "Niger", "--directed", "--format", "json"],
                       ["neighbors", "Rusia", "--format", "json"]]
        for query in queries {
            let fromJSON = try CLIRunner.run(query + ["--graph", "t.json"], in: workDirectory)
            let fromNative = try CLIRunner.run(query + ["--graph", "t.ngraph"], in: workDirectory)
            XCTAssertEqual(fromNative.status, fromJSON.status, "\(query): \(fromNative.stderr)")
            XCTAssertEqual(fromNative.stdout, fromJSON.stdout, "\(query)")
            XCTAssertEqual(fromNative.stderr, fromJSON.stderr, "\(query)")
        }
        assertFails(try run("path", "the minister", "Russia", "--graph", "t.ngraph"), status: 2, mentioning: "the minister")
        assertFails(try run("neighbors", "Nobody", "--graph", "t.ngraph"), status: 2, mentioning: "Nobody")
        assertFails(try run("path", "Russia", "Chad", "--graph", "t.ngraph"), status: 1, mentioning: "Chad")
    }
}
