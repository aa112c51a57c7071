import XCTest

/// export, merge, rank, components, path filters and --pairs, build --triples and --jobs.
final class GraphCommandTests: CLITestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(SampleGraph.json(), to: "g.json")
    }

    private func text(_ name: String) throws -> String {
        try String(contentsOf: workDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    func testExportWritesEveryFormatDeterministically() throws {
        for ext in ["json", "dot", "graphml", "nt", "ttl", "mmd", "jsonl"] {
            let result = try run("export", "--graph", "g.json", "-o", "out/g.\(ext)")
            XCTAssertEqual(result.status, 0, "\(ext): \(result.stderr)")
            let first = try text("out/g.\(ext)")
            XCTAssertEqual(try run("export", "-g", "g.json", "-o", "out/g.\(ext)").status, 0)
            XCTAssertEqual(try text("out/g.\(ext)"), first, ext)
            XCTAssertFalse(first.isEmpty, ext)
        }
        XCTAssertEqual(try text("out/g.json"), String(decoding: try SampleGraph.json(), as: UTF8.self))
        XCTAssertTrue(try text("out/g.graphml").contains("attr.type=\"int\""))
        XCTAssertTrue(try text("out/g.nt").contains("<https://newsgraph.invalid/actor/russia> <https://newsgraph.invalid/relation/dispatch_delegation_to> <https://newsgraph.invalid/actor/niger> ."))
        XCTAssertEqual(try text("out/g.jsonl").split(separator: "\n").count, 4)
        assertFails(try run("export", "-g", "g.json", "-o", "g.svg"), status: 2, mentioning: "unknown extension '.svg'")
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "ego.mmd", "--focus", "moscow").status, 0)
        XCTAssertEqual(try text("ego.mmd"), "flowchart LR\n    n0[\"Russia\"]\n    n1[\"Niger\"]\n    n0 -->|\"dispatch delegation to\"| n1\n"
                       + "    classDef country fill:#dbe9f6,stroke:#3b6ea5\n    class n0,n1 country\n")
        assertFails(try run("export", "-g", "g.json", "-o", "ego.mmd", "--focus", "Mars"), status: 2, mentioning: "no actor named 'Mars'")
        assertFails(try run("export", "-g", "missing.json", "-o", "g.nt"), status: 1, mentioning: "no such graph file")
    }

    func testNeo4jExportAsFolderOrPrefix() throws {
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "neo/").status, 0)
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "db.csv").status, 0)
        for name in ["neo/nodes.csv", "neo/relationships.csv", "neo/import.cypher", "db.nodes.csv", "db.relationships.csv", "db.import.cypher"] {
            XCTAssertTrue(exists(name), name)
        }
        XCTAssertTrue(try text("neo/nodes.csv").hasPrefix("id:ID,name,:LABEL,type,aliases:string[]\nrussia,Russia,Actor;Country,country,Moscow\n"))
        XCTAssertTrue(try text("db.import.cypher").contains("--nodes=db.nodes.csv --relationships=db.relationships.csv"))
        XCTAssertEqual(try text("neo/relationships.csv").split(separator: "\n").count, 4)
    }

    func testMergeUnitesActorsAndAddsCounts() throws {
        // A graph merged with itself is itself: a statement (same evidence) counts once.
        XCTAssertEqual(try run("merge", "g.json", "g.json", "-o", "m.json").status, 0)
        let stats = try run("stats", "-g", "m.json")
        XCTAssertTrue(stats.stdout.contains("actors: 5\nrelations: 3\nstatements: 4\n"), stats.stdout)
        assertFails(try run("merge", "g.json", "nope.json", "-o", "m2.json"), status: 1, mentioning: "nope.json")
        XCTAssertFalse(exists("m2.json"))
    }

    func testRankAndComponents() throws {
        let degree = try run("rank", "-g", "g.json", "--top", "2")
        XCTAssertEqual(degree.stdout, "1\t2\tNiger\tcountry\n2\t2\tECOWAS\torganization\n")
        let pagerank = try run("rank", "-g", "g.json", "--by", "pagerank", "--top", "1")
        XCTAssertTrue(pagerank.stdout.hasPrefix("1\t0."), pagerank.stdout)
        XCTAssertTrue(pagerank.stdout.hasSuffix("\tECOWAS\torganization\n"), pagerank.stdout)
        let components = try run("components", "-g", "g.json")
        XCTAssertEqual(components.stdout, "2 components\n4\tECOWAS, Niger, Nigeria, Russia\n1\tFrance\n")
    }

    func testPathFiltersAndSimplePaths() throws {
        assertFails(try run("path", "Russia", "Nigeria", "-g", "g.json", "--avoid", "ECOWAS"), status: 1, mentioning: "with the given filters")
        assertFails(try run("path", "Russia", "Nigeria", "-g", "g.json", "--avoid", "Ecowass"), status: 2, mentioning: "did you mean: ECOWAS")
        XCTAssertEqual(try run("path", "Russia", "Nigeria", "-g", "g.json", "--type", "organization", "--type", "country").status, 0)
        assertFails(try run("path", "Russia", "Nigeria", "-g", "g.json", "--relation", "lead"), status: 1, mentioning: "no path")
        XCTAssertEqual(try run("path", "Russia", "Nigeria", "-g", "g.json", "--type", "planet").status, 2)
        let paths = try run("path", "Russia", "Nigeria", "-g", "g.json", "--k", "5")
        XCTAssertEqual(paths.status, 0, paths.stderr)
        XCTAssertTrue(paths.stdout.hasPrefix("path 1 (3 hops):\nRussia --[dispatch delegation to]--> Niger\n"), paths.stdout)
        assertFails(try run("path", "Russia", "Nigeria", "-g", "g.json", "--k", "5", "--max-hops", "2"), status: 1, mentioning: "within 2 hops")
    }

    func testPairsAnswersEachLine() throws {
        try write("Russia\tNigeria\n# comment\n\nMoscow\tECOWAS\n", to: "ok.tsv")
        let ok = try run("path", "-g", "g.json", "--pairs", "ok.tsv")
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.hasPrefix("[1] Russia -> Nigeria:\nRussia --[dispatch delegation to]--> Niger\n"), ok.stdout)
        XCTAssertTrue(ok.stdout.contains("\n\n[4] Moscow -> ECOWAS:\n"), ok.stdout)
        try write("Russia\tFrance\nRusia\tNiger\nonly one field\nNiger\tECOWAS\n", to: "bad.tsv")
        let bad = try run("path", "-g", "g.json", "--pairs", "bad.tsv")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stdout.contains("[1] Russia -> France: error: no path from 'Russia' to 'France'"), bad.stdout)
        XCTAssertTrue(bad.stdout.contains("[2] Rusia -> Niger: error: no actor named 'Rusia'; did you mean: Russia?"), bad.stdout)
        XCTAssertTrue(bad.stdout.contains("[3] error: expected FROM<TAB>TO, found 1 field"), bad.stdout)
        XCTAssertTrue(bad.stdout.contains("[4] Niger -> ECOWAS:\nNiger --[leave]--> ECOWAS"), bad.stdout)
        XCTAssertEqual(try run("path", "Russia", "-g", "g.json", "--pairs", "ok.tsv").status, 2)
    }

    func testBuildFromTriplesAndAppend() throws {
        let header = "subject\trelation\tobject\tsubject_type\tobject_type\tdocument\tsentence\tevidence\n"
        try write(header + "Russia\tarm\tMali\tcountry\tcountry\tx.txt\t0\tRussia armed Mali.\n", to: "t.tsv")
        XCTAssertEqual(try run("build", "--triples", "t.tsv", "-o", "t.json").status, 0)
        try write(SampleGraph.json(), to: "a.json")
        XCTAssertEqual(try run("build", "--triples", "t.tsv", "-o", "a.json", "--append").status, 0)
        let stats = try run("stats", "-g", "a.json")
        XCTAssertTrue(stats.stdout.contains("actors: 6\nrelations: 4\n"), stats.stdout)
        try write("{\"subject\":\"moscow\",\"relation\":\"lead\",\"object\":\"Mali\"}\n", to: "t.jsonl")
        XCTAssertEqual(try run("build", "--triples", "t.jsonl", "-o", "a.json", "--append").status, 0)
        // An alias is no merge key: "moscow" is the city, not Russia, which the sample lists Moscow as an alias of.
        XCTAssertTrue(try run("stats", "-g", "a.json").stdout.contains("actors: 7\nrelations: 5\n"), "moscow is its own actor")
        try write(header + "Russia\tarm\tMali\tcountry\tcountry\tx.txt\tzero\tRussia armed Mali.\n", to: "bad.tsv")
        assertFails(try run("build", "--triples", "bad.tsv", "-o", "b.json"), status: 1, mentioning: "bad.tsv:2: sentence must be a whole number")
        XCTAssertFalse(exists("b.json"))
        assertFails(try run("build", "--triples", "t.csv", "-o", "b.json"), status: 1, mentioning: "no such file")
    }

    func testBuildIsTheSameForAnyNumberOfJobs() throws {
        let sentences = ["Russia sent a delegation to Niger.", "France withdrew its troops from Mali.",
                         "Nigeria condemned the coup in Niger.", "The United States imposed sanctions on Russia.",
                         "China signed a trade deal with Brazil.", "Germany criticised Hungary."]
        for index in 0..<12 {
            let text = (0..<4).map { sentences[(index + $0) % sentences.count] }.joined(separator: " ")
            try write(text + "\n", to: "corpus/\(index % 3 == 0 ? "sub/" : "")a\(index).txt")
        }
        let one = try run("build", "corpus", "-o", "one.json", "--jobs", "1")
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.errorLines.count, 1, "no progress bar when stderr is piped: \(one.stderr)")
        XCTAssertEqual(try run("build", "corpus", "-o", "two.json", "--jobs", "2").status, 0)
        XCTAssertEqual(try run("build", "corpus", "-o", "many.json", "--jobs", "5").status, 0)
        XCTAssertEqual(try text("one.json"), try text("two.json"))
        XCTAssertEqual(try text("one.json"), try text("many.json"))
        XCTAssertTrue(try text("one.json").contains("corpus/sub/a0.txt"))
        XCTAssertEqual(try run("build", "corpus", "-o", "x.json", "--jobs", "0").status, 2)
    }
}
