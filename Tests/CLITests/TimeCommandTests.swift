import Foundation
import XCTest

/// Time through the binary: stated times on extracted statements, --since/--until/--outlet/--document on
/// build, render, path, neighbors and export, and the timeline command.
final class TimeCommandTests: CLITestCase {
    /// Five statements in the extract format: dated by event, by publication, and undated.
    private let triples = """
        subject\trelation\tobject\tsubject_type\tobject_type\tdocument\tsentence\tevidence\tdate\toutlet\tevent_start\tevent_end\tevent_phrase
        Russia\tdispatch delegation to\tNiger\tcountry\tcountry\ta.html\t3\tRussia sent a delegation to Niger in February.\t2024-03-05\tReuters\t2024-02-01\t2024-02-29\tin February
        Niger\tleave\tECOWAS\tcountry\torganization\ta.html\t5\tNiger left ECOWAS.\t2024-03-05\tReuters\t\t\t
        Niger\tleave\tECOWAS\tcountry\torganization\tb.html\t1\tNiger quit the bloc last week.\t2024-01-30\tBBC\t2024-01-22\t2024-01-28\tlast week
        Nigeria\tlead\tECOWAS\tcountry\torganization\tc.txt\t2\tNigeria leads ECOWAS.\t\t\t\t\t
        Russia\tcriticise\tNiger\tcountry\tcountry\tb.html\t4\tRussia criticised Niger.\t2024-01-30\tBBC\t\t\t

        """

    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(triples, to: "t.tsv")
        let built = try run("build", "--triples", "t.tsv", "-o", "g.json")
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    func testExtractAttachesTheTimeEachSentenceStates() throws {
        try write("""
            <!DOCTYPE html><html><head><title>Delegation in Niamey</title>
            <meta property="article:published_time" content="2024-03-06T10:00:00Z"></head>
            <body><article><h1>Delegation in Niamey</h1>
            <p>Russia dispatched a delegation to Niger last week.</p>
            <p>France criticised Niger on Tuesday and again in 2023.</p>
            <p>Nigeria criticised Russia.</p></article></body></html>
            """, to: "p.html")
        try write("Russia dispatched a delegation to Niger in 2004.\nNigeria criticised Russia.\n", to: "a.txt")
        let page = try run("extract", "p.html")
        XCTAssertEqual(page.status, 0, page.stderr)
        let rows = page.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).suffix(3).joined(separator: "|") }
        // Published Wednesday 2024-03-06: last week is Monday 26 February to Sunday 3 March. Two different
        // times in one sentence date nothing, and a sentence stating none stays undated.
        XCTAssertEqual(rows, ["event_start|event_end|event_phrase", "2024-02-26|2024-03-03|last week", "||", "||"])
        let text = try run("extract", "a.txt", "--format", "jsonl")
        XCTAssertEqual(text.status, 0, text.stderr)
        let lines = text.stdout.split(separator: "\n")
        XCTAssertTrue(lines[0].contains("\"event_end\":\"2004-12-31\",\"event_phrase\":\"in 2004\",\"event_start\":\"2004-01-01\""), String(lines[0]))
        XCTAssertFalse(lines[1].contains("event_"), "an undated sentence has no event keys")
        XCTAssertFalse(try run("extract", "a.txt").stdout.contains("event_"), ".txt-only TSV keeps its columns")
    }

    func testTimelinePrintsStatementsInDateOrder() throws {
        let niger = try run("timeline", "Niger", "-g", "g.json")
        XCTAssertEqual(niger.status, 0, niger.stderr)
        XCTAssertEqual(niger.stdout, """
            2024-01-22..2024-01-28\tNiger\tleave\tECOWAS\tb.html\tNiger quit the bloc last week.
            2024-01-30\tRussia\tcriticise\tNiger\tb.html\tRussia criticised Niger.
            2024-02-01..2024-02-29\tRussia\tdispatch delegation to\tNiger\ta.html\tRussia sent a delegation to Niger in February.
            2024-03-05\tNiger\tleave\tECOWAS\ta.html\tNiger left ECOWAS.

            """)
        let pair = try run("timeline", "ECOWAS", "Nigeria", "-g", "g.json", "-o", "pair.svg")
        XCTAssertEqual(pair.stdout, "undated\tNigeria\tlead\tECOWAS\tc.txt\tNigeria leads ECOWAS.\n")
        let svg = try String(contentsOf: workDirectory.appendingPathComponent("pair.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg") && svg.contains(">undated</text>") && svg.contains("Timeline of ECOWAS and Nigeria"), svg)
    }

    /// Quoted speech in a sentence, a backslash and an ampersand go into the diagram's tooltips and labels intact.
    func testTimelineDiagramKeepsQuotesInEvidence() throws {
        try write("subject\trelation\tobject\tdocument\tsentence\tevidence\nGerry Conlon\tpraise\tTony Blair\tq.txt\t0\t"
                  + "He said Mr Blair spoke with \"such sincerity\" \\ & more.\n", to: "q.tsv")
        XCTAssertEqual(try run("build", "--triples", "q.tsv", "-o", "q.json").status, 0)
        let drawn = try run("timeline", "Tony Blair", "-g", "q.json", "-o", "q.svg")
        XCTAssertEqual(drawn.status, 0, drawn.stderr)
        let svg = try String(contentsOf: workDirectory.appendingPathComponent("q.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("&quot;such sincerity&quot; \\ &amp; more."), svg)
    }

    func testTimelineErrorsAreOneLine() throws {
        assertFails(try run("timeline", "Nigr", "-g", "g.json"), status: 2, mentioning: "did you mean: Niger")
        assertFails(try run("timeline", "Niger", "-g", "g.json", "--since", "yesterday"), status: 2,
                    mentioning: "--since must be a date like 2024-02-01, not 'yesterday'.")
        assertFails(try run("timeline", "Niger", "-g", "g.json", "--since", "2024-03-01", "--until", "2024-02-01"), status: 2,
                    mentioning: "is after --until")
        assertFails(try run("timeline", "Nigeria", "-g", "g.json", "--since", "2024-01-01"), status: 1,
                    mentioning: "Nigeria has no statements left after --since 2024-01-01")
        assertFails(try run("timeline", "Niger", "-g", "g.json", "-o", "t.txt"), status: 2, mentioning: ".svg")
    }

    func testSinceAndUntilOnQueriesAndExports() throws {
        let neighbors = try run("neighbors", "Niger", "-g", "g.json", "--since", "2024-02-01", "--until", "2024-02-29")
        XCTAssertEqual(neighbors.status, 0, neighbors.stderr)
        XCTAssertTrue(neighbors.stdout.hasPrefix("Niger (country): 1 actor within 1 hop\n"), neighbors.stdout)
        XCTAssertTrue(neighbors.stdout.contains("Russia"))
        XCTAssertEqual(try run("path", "Russia", "ECOWAS", "-g", "g.json", "--until", "2024-01-31").status, 0)
        // An actor the filters leave without statements is named as such, not as unknown.
        assertFails(try run("path", "Russia", "ECOWAS", "-g", "g.json", "--outlet", "Reuters", "--until", "2024-02-29"),
                    status: 1, mentioning: "ECOWAS has no statements left after --until 2024-02-29 and --outlet Reuters")
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "bbc.jsonl", "--outlet", "BBC").status, 0)
        let exported = try String(contentsOf: workDirectory.appendingPathComponent("bbc.jsonl"), encoding: .utf8)
        XCTAssertEqual(exported.split(separator: "\n").count, 2)
        XCTAssertFalse(exported.contains("a.html") || exported.contains("c.txt"))
        XCTAssertEqual(try run("export", "-g", "g.json", "-o", "g.graphml", "--document", "a.html").status, 0)
        let graphML = try String(contentsOf: workDirectory.appendingPathComponent("g.graphml"), encoding: .utf8)
        XCTAssertTrue(graphML.contains("<data key=\"d9\">2024-02-01</data>"), graphML)
        XCTAssertFalse(graphML.contains("b.html"))
        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "feb.svg", "--since", "2024-02-01").status, 0)
        let svg = try String(contentsOf: workDirectory.appendingPathComponent("feb.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains(">Russia</text>") && !svg.contains(">Nigeria</text>"))
        XCTAssertTrue(svg.contains("seen 2024-02-01..2024-02-29"), "edge tooltips carry the dates")
        assertFails(try run("render", "-g", "g.json", "-o", "x.svg", "--until", "2023-12-31"), status: 1,
                    mentioning: "no statements are left after --until 2023-12-31")
        assertFails(try run("export", "-g", "g.json", "-o", "x.json", "--until", "31/12/2023"), status: 2,
                    mentioning: "--until must be a date like 2024-02-01, not '31/12/2023'.")
    }

    func testBuildFiltersStatementsBeforeMerging() throws {
        let built = try run("build", "--triples", "t.tsv", "-o", "jan.json", "--since", "2024-01-01", "--until", "2024-01-31")
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(built.stderr, "wrote jan.json: 3 actors, 2 relations\n")
        let timeline = try run("timeline", "Niger", "-g", "jan.json")
        XCTAssertEqual(timeline.stdout.split(separator: "\n").map { String($0.prefix(10)) }, ["2024-01-22", "2024-01-30"])
        assertFails(try run("build", "--triples", "t.tsv", "-o", "x.json", "--since", "2024-1-1"), status: 2,
                    mentioning: "--since must be a date like 2024-02-01, not '2024-1-1'.")
        XCTAssertFalse(exists("x.json"))
        let help = try run("build", "--help").stdout.replacingOccurrences(of: "\n", with: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        XCTAssertTrue(help.contains("a statement with neither is dropped by --since and --until"), help)
    }
}
