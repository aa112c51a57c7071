import XCTest

/// Cross-article identity through the CLI: merge equals build, idempotent --append, `actors`, --aliases.
final class IdentityCommandTests: CLITestCase {
    private let articles = [
        "a.txt": "The Tories accused Labour of raising taxes.\nIraq signed a trade deal with Jordan. The country also thanked Egypt.\n",
        "b.txt": "The Conservative Party attacked the Liberal Democrats over schools.\nIndia signed a trade deal with Nepal. "
            + "The country also thanked Bhutan.\nMr Campbell briefed Tony Blair on Monday.\n",
        "c.txt": "Labour criticised the Lib Dems over tuition fees.\nSol Campbell joined Arsenal from Tottenham.\n",
    ]

    override func setUpWithError() throws {
        try super.setUpWithError()
        for (name, text) in articles { try write(text, to: name) }
    }

    private func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: workDirectory.appendingPathComponent(name))
    }

    func testMergeOfSeparateBuildsEqualsOneBuildInAnyOrder() throws {
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "all.json").status, 0)
        for name in ["a", "b", "c"] { XCTAssertEqual(try run("build", "\(name).txt", "-o", "\(name).json").status, 0) }
        XCTAssertEqual(try run("merge", "a.json", "b.json", "c.json", "-o", "abc.json").status, 0)
        XCTAssertEqual(try run("merge", "c.json", "a.json", "b.json", "-o", "cab.json").status, 0)
        XCTAssertEqual(try bytes("abc.json"), try bytes("all.json"))
        XCTAssertEqual(try bytes("cab.json"), try bytes("all.json"))
        XCTAssertEqual(try run("build", "c.txt", "a.txt", "b.txt", "-o", "reordered.json").status, 0)
        XCTAssertEqual(try bytes("reordered.json"), try bytes("all.json"))
    }

    func testAppendIsIdempotentAndReplacesAChangedArticle() throws {
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "-o", "g.json").status, 0)
        let once = try bytes("g.json")
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json", "--append").status, 0)
        XCTAssertEqual(try bytes("g.json"), once, "re-adding an unchanged article changes nothing")
        try write("Iraq signed a trade deal with Syria.\n", to: "a.txt")
        XCTAssertEqual(try run("build", "a.txt", "-o", "g.json", "--append").status, 0)
        let stats = try run("stats", "-g", "g.json").stdout
        XCTAssertEqual(try run("path", "Iraq", "Syria", "-g", "g.json").status, 0)
        assertFails(try run("path", "Iraq", "Egypt", "-g", "g.json"), status: 2, mentioning: "no actor named 'Egypt'")
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "-o", "fresh.json").status, 0)
        XCTAssertEqual(try bytes("g.json"), try bytes("fresh.json"), "a changed article replaces its own triples: \(stats)")
    }

    /// The same through a native file, which an append extends without rewriting its evidence: every
    /// order of appends, a repeated article and a changed one give the JSON of one build.
    func testNativeAppendEqualsOneBuildAndReplacesAChangedArticle() throws {
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "all.json").status, 0)
        for (index, order) in [["a", "b", "c"], ["c", "b", "a"], ["b", "a", "c"]].enumerated() {
            let file = "g\(index).ngraph"
            for name in order {
                let appended = try run("build", "\(name).txt", "-o", file, "--append")
                XCTAssertEqual(appended.status, 0, appended.stderr)
            }
            XCTAssertEqual(try bytes(file)[8], 2, "appended to: version 2")
            XCTAssertEqual(try run("build", "b.txt", "-o", file, "--append").status, 0)
            XCTAssertEqual(try run("export", "-g", file, "-o", "g\(index).json").status, 0)
            XCTAssertEqual(try bytes("g\(index).json"), try bytes("all.json"), "\(order)")
        }
        XCTAssertEqual(try run("neighbors", "Sol Campbell", "-g", "g0.ngraph").stdout, try run("neighbors", "Sol Campbell", "-g", "all.json").stdout)
        try write("Iraq signed a trade deal with Syria.\n", to: "a.txt")
        XCTAssertEqual(try run("build", "a.txt", "-o", "g0.ngraph", "--append").status, 0)
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "fresh.json").status, 0)
        XCTAssertEqual(try run("export", "-g", "g0.ngraph", "-o", "changed.json").status, 0)
        XCTAssertEqual(try bytes("changed.json"), try bytes("fresh.json"), "a changed article replaces its own triples")
        assertFails(try run("path", "Iraq", "Egypt", "-g", "g0.ngraph"), status: 2, mentioning: "no actor named 'Egypt'")
        // A full rewrite gives the version-1 file of one build.
        XCTAssertEqual(try run("export", "-g", "g0.ngraph", "-o", "again.ngraph").status, 0)
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "fresh.ngraph").status, 0)
        XCTAssertEqual(try bytes("again.ngraph"), try bytes("fresh.ngraph"))
    }

    /// A native build moves its statements to the file in batches (here one relation a batch, so every
    /// article starts one): the file is still the graph of one build, appended to or not.
    func testNativeBuildInBatchesEqualsOneBuild() throws {
        setenv("NEWSGRAPH_SPILL_RELATIONS", "1", 1)
        defer { unsetenv("NEWSGRAPH_SPILL_RELATIONS") }
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "all.json").status, 0)
        let built = try run("build", "a.txt", "b.txt", "c.txt", "-o", "s.ngraph")
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(try run("export", "-g", "s.ngraph", "-o", "s.json").status, 0)
        XCTAssertEqual(try bytes("s.json"), try bytes("all.json"))
        XCTAssertEqual(try bytes("s.ngraph")[8], 2, "batches are appended")
        try write("Iraq signed a trade deal with Syria.\n", to: "a.txt")
        XCTAssertEqual(try run("build", "c.txt", "a.txt", "b.txt", "-o", "s.ngraph", "--append").status, 0)
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "fresh.json").status, 0)
        XCTAssertEqual(try run("export", "-g", "s.ngraph", "-o", "s2.json").status, 0)
        XCTAssertEqual(try bytes("s2.json"), try bytes("fresh.json"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workDirectory.path).filter { $0.contains("batches") }
        XCTAssertEqual(leftovers, [], "no working file is left behind")
    }

    func testActorsListsJoinsAndDescriptionsNeverJoinCountries() throws {
        XCTAssertEqual(try run("build", "a.txt", "b.txt", "c.txt", "-o", "g.json").status, 0)
        let parties = try run("actors", "-g", "g.json", "--grep", "conservative")
        XCTAssertEqual(parties.status, 0, parties.stderr)
        XCTAssertTrue(parties.stdout.hasPrefix("Conservative Party (organization): 2 documents, key alias:conservative party\n"), parties.stdout)
        XCTAssertTrue(parties.stdout.contains("  Tories  [curated variant, 1 doc]\n"), parties.stdout)
        let table = try run("actors", "-g", "g.json", "--grep", "lib", "--format", "tsv")
        XCTAssertTrue(table.stdout.hasPrefix("name\ttype\tdocuments\tkey\tnames\taliases\nLiberal Democrats\torganization\t2\t"), table.stdout)
        assertFails(try run("neighbors", "the country", "-g", "g.json"), status: 2, mentioning: "'the country' names 2 actors")
        let iraq = try run("neighbors", "Iraq", "-g", "g.json")
        XCTAssertFalse(iraq.stdout.contains("Nepal"), iraq.stdout)
        assertFails(try run("actors", "-g", "g.json", "--grep", "nobody"), status: 1, mentioning: "no actor")
    }

    func testAliasesFileRenamesSeparatesAndIsCheckedLineByLine() throws {
        try write("# our fixes\nArsenal FC\torganization\tArsenal|the Gunners\n!distinct\tCampbell\tSol Campbell\n", to: "ids.tsv")
        XCTAssertEqual(try run("build", "c.txt", "-o", "g.json", "--aliases", "ids.tsv").status, 0)
        let arsenal = try run("actors", "-g", "g.json", "--grep", "arsenal").stdout
        XCTAssertTrue(arsenal.hasPrefix("Arsenal FC (organization): 1 document"), arsenal)
        XCTAssertTrue(arsenal.contains("[aliases file, 1 doc]"), arsenal)
        XCTAssertEqual(try run("build", "c.txt", "-o", "plain.json").status, 0)
        let renamed = try run("actors", "-g", "plain.json", "--grep", "arsenal", "--aliases", "ids.tsv").stdout
        XCTAssertTrue(renamed.hasPrefix("Arsenal FC (organization)"), "render and actors re-resolve with --aliases: \(renamed)")
        try write("Arsenal\tclub\t\n", to: "bad.tsv")
        assertFails(try run("build", "c.txt", "-o", "x.json", "--aliases", "bad.tsv"), status: 1, mentioning: "bad.tsv:1: unknown type 'club'")
        XCTAssertFalse(exists("x.json"))
        assertFails(try run("build", "c.txt", "-o", "x.json", "--aliases", "missing.tsv"), status: 1, mentioning: "missing.tsv")
    }
}
