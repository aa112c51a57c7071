import XCTest
import Extraction
@testable import Graph

/// Dates on statements: day parsing, edge timelines (first/last seen, counts per month), the statement
/// filter behind --since/--until/--outlet/--document, timelines, canonical order and the dated exports.
final class GraphTimeTests: XCTestCase {
    private func evidence(_ document: String, _ sentence: Int, _ text: String, date: String? = nil, outlet: String? = nil,
                          event: (String, String, String)? = nil) -> Evidence {
        Evidence(document: document, sentence: sentence, text: text, start: sentence * 10, end: sentence * 10 + 9,
                 date: date, outlet: outlet, eventStart: event?.0, eventEnd: event?.1, eventPhrase: event?.2)
    }

    /// Russia → Niger stated in February (event) and on 2024-03-10 (publication); Niger → ECOWAS in
    /// January by BBC and undated; Nigeria → ECOWAS undated only.
    private func fixture() -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let russia = graph.addNode(name: "Russia", type: .country), niger = graph.addNode(name: "Niger", type: .country)
        let ecowas = graph.addNode(name: "ECOWAS", type: .organization), nigeria = graph.addNode(name: "Nigeria", type: .country)
        graph.addEdge(from: russia, to: niger, relation: "dispatch delegation to", evidence: [
            evidence("a.html", 1, "Russia sent a delegation to Niger in February.", date: "2024-03-05T09:00:00Z", outlet: "Reuters",
                     event: ("2024-02-01", "2024-02-29", "in February")),
            evidence("c.html", 2, "Russia sent another delegation.", date: "2024-03-10", outlet: "Reuters"),
        ])
        graph.addEdge(from: niger, to: ecowas, relation: "leave", evidence: [
            evidence("b.html", 1, "Niger quit the bloc on 28 January.", date: "2024-01-30", outlet: "BBC",
                     event: ("2024-01-28", "2024-01-28", "on 28 January")),
            evidence("d.txt", 4, "Niger left ECOWAS."),
        ])
        graph.addEdge(from: nigeria, to: ecowas, relation: "lead", evidence: [evidence("d.txt", 5, "Nigeria leads ECOWAS.")])
        return graph
    }

    func testCalendarDayTakesOnlyRealDays() {
        XCTAssertEqual(CalendarDay.day(of: "2024-02-29"), "2024-02-29")
        XCTAssertEqual(CalendarDay.day(of: "2024-02-01T10:00:00+01:00"), "2024-02-01")
        for bad in ["2023-02-29", "2024-13-01", "2024-04-31", "24-02-01", "2024/02/01", "2024-02-01x", "yesterday", ""] {
            XCTAssertNil(CalendarDay.day(of: bad), bad)
        }
    }

    func testStatedTimeWinsOverPublicationDate() {
        XCTAssertEqual(evidence("a", 0, "x", date: "2024-03-05T09:00:00Z", event: ("2024-02-01", "2024-02-29", "in February")).days,
                       "2024-02-01"..."2024-02-29")
        XCTAssertEqual(evidence("a", 0, "x", date: "2024-03-05T09:00:00Z").days, "2024-03-05"..."2024-03-05")
        XCTAssertNil(evidence("a", 0, "x").days)
        XCTAssertNil(evidence("a", 0, "x", event: ("2024-03-01", "2024-02-01", "backwards")).days, "an inverted interval is no date")
        XCTAssertEqual(evidence("a", 0, "x", event: ("2024-02-01", "2024-02-29", "in February")).daysText, "2024-02-01..2024-02-29")
    }

    func testEdgeTimelineCountsStatementsPerMonth() {
        var graph = KnowledgeGraph()
        let a = graph.addNode(name: "A", type: .country), b = graph.addNode(name: "B", type: .country)
        graph.addEdge(from: a, to: b, relation: "meet", evidence: [
            evidence("1", 0, "x", date: "2024-02-20"), evidence("2", 0, "x", date: "2024-03-01"),
            evidence("3", 0, "x", date: "2024-03-09", event: ("2024-02-05", "2024-02-11", "last week")),
            evidence("4", 0, "x", event: ("2004-01-01", "2004-12-31", "in 2004")), evidence("5", 0, "x"),
        ], count: 6)
        let timeline = graph.edges[0].timeline
        XCTAssertEqual(timeline.periods, [.init(month: "2004-01", count: 1), .init(month: "2024-02", count: 2),
                                          .init(month: "2024-03", count: 1)])
        XCTAssertEqual(timeline.periodsText, "2004-01:1; 2024-02:2; 2024-03:1")
        XCTAssertEqual(timeline.firstSeen, "2004-01-01")
        XCTAssertEqual(timeline.lastSeen, "2024-03-01")
        XCTAssertEqual(timeline.undated, 2, "one undated statement and one count without evidence")
        XCTAssertFalse(fixture().edges[2].timeline.isDated)
    }

    func testSinceAndUntilKeepOverlappingStatementsAndRecount() throws {
        let graph = fixture().canonicalized()
        let view = graph.filteringStatements(try StatementFilter(since: "2024-02-29", until: "2024-03-31"))
        XCTAssertEqual(view.edges.map(\.relation), ["dispatch delegation to"])
        XCTAssertEqual(view.edges[0].count, 2, "February overlaps the range on its last day; 2024-03-10 is inside")
        XCTAssertEqual(Set(view.nodes.map(\.key)), Set(["Russia", "Niger"].compactMap { graph.node(named: $0).map { graph.nodes[$0.index].key } }))
        let january = graph.filteringStatements(try StatementFilter(until: "2024-01-28"))
        XCTAssertEqual(january.edges.map(\.relation), ["leave"])
        XCTAssertEqual(january.edges[0].count, 1, "the undated statement of the same edge is dropped")
        XCTAssertEqual(january.edges[0].evidence.map(\.document), ["b.html"])
        XCTAssertTrue(graph.filteringStatements(try StatementFilter(until: "2024-01-27")).edges.isEmpty)
        XCTAssertEqual(graph.filteringStatements(try StatementFilter()), graph)
    }

    func testOutletAndDocumentFilters() throws {
        let graph = fixture()
        XCTAssertEqual(graph.filteringStatements(try StatementFilter(outlet: "bbc")).edges.map(\.relation), ["leave"])
        let fromD = graph.filteringStatements(try StatementFilter(document: "D.TXT"))
        XCTAssertEqual(fromD.edges.map(\.relation), ["leave", "lead"])
        XCTAssertEqual(fromD.edges.map(\.count), [1, 1])
    }

    func testBadDatesAreNamedInWholeSentences() {
        XCTAssertThrowsError(try StatementFilter(since: "yesterday")) { error in
            XCTAssertEqual("\(error)", "--since must be a date like 2024-02-01, not 'yesterday'.")
        }
        XCTAssertThrowsError(try StatementFilter(until: "2024-02-30")) { error in
            XCTAssertEqual(error as? GraphError, .badDate(option: "--until", value: "2024-02-30"))
        }
        XCTAssertThrowsError(try StatementFilter(since: "2024-03-01", until: "2024-02-01")) { error in
            XCTAssertEqual(error as? GraphError, .emptyDateRange(since: "2024-03-01", until: "2024-02-01"))
        }
    }

    func testTimelinePutsDatedStatementsFirstInOrder() throws {
        let graph = fixture()
        let niger = try XCTUnwrap(graph.node(named: "Niger")), russia = try XCTUnwrap(graph.node(named: "Russia"))
        XCTAssertEqual(graph.timeline(of: niger).map(\.line), [
            "2024-01-28\tNiger\tleave\tECOWAS\tb.html\tNiger quit the bloc on 28 January.",
            "2024-02-01..2024-02-29\tRussia\tdispatch delegation to\tNiger\ta.html\tRussia sent a delegation to Niger in February.",
            "2024-03-10\tRussia\tdispatch delegation to\tNiger\tc.html\tRussia sent another delegation.",
            "undated\tNiger\tleave\tECOWAS\td.txt\tNiger left ECOWAS.",
        ])
        XCTAssertEqual(graph.timeline(of: niger, with: russia).map(\.dateText), ["2024-02-01..2024-02-29", "2024-03-10"])
        XCTAssertEqual(graph.timeline(of: russia, with: try XCTUnwrap(graph.node(named: "ECOWAS"))), [])
    }

    func testCanonicalOrderCoversTheDateFields() {
        let plain = evidence("a.txt", 1, "Russia met Niger.")
        var dated = plain
        dated.eventStart = "2004-01-01"
        dated.eventEnd = "2004-12-31"
        func graph(_ order: [Evidence]) -> KnowledgeGraph {
            var graph = KnowledgeGraph()
            let a = graph.addNode(name: "Russia", type: .country), b = graph.addNode(name: "Niger", type: .country)
            for item in order { graph.addEdge(from: a, to: b, relation: "meet", evidence: [item]) }
            return graph.canonicalized()
        }
        let one = graph([plain, dated, plain]), two = graph([dated, plain])
        XCTAssertEqual(one, two)
        XCTAssertEqual(one.edges[0].evidence, [plain, dated], "absent dates sort first; the repeat counts once")
        XCTAssertEqual(try one.jsonData(), try two.jsonData())
    }

    func testDatedExportsGainColumnsAndUndatedOnesDoNot() throws {
        let undated = fixture().filteringStatements(try StatementFilter(document: "d.txt"))
        XCTAssertFalse(undated.graphML().contains("first_seen"))
        XCTAssertFalse(undated.neo4jCSV().relationships.contains("first_seen"))
        let dated = fixture().graphML()
        XCTAssertTrue(dated.contains("attr.name=\"first_seen\""))
        XCTAssertTrue(dated.contains("<data key=\"d9\">2024-02-01</data>\n      <data key=\"d10\">2024-03-10</data>\n"
                                     + "      <data key=\"d11\">2024-02:1; 2024-03:1</data>"), dated)
        let csv = fixture().neo4jCSV().relationships.split(separator: "\n").map(String.init)
        XCTAssertTrue(csv[0].hasSuffix(",first_seen,last_seen,periods:string[]"), csv[0])
        XCTAssertTrue(csv[1].hasSuffix(",2024-02-01,2024-03-10,2024-02:1;2024-03:1"), csv[1])
        XCTAssertTrue(csv[3].hasSuffix(",,,"), "an undated edge has empty date cells: \(csv[3])")
    }

    func testJSONLinesAndRDFCarryKnownDatesOnly() throws {
        let lines = fixture().jsonLines().split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].contains("\"event_end\":\"2024-02-29\",\"event_phrase\":\"in February\",\"event_start\":\"2024-02-01\""), lines[0])
        XCTAssertTrue(lines[0].contains("\"outlet\":\"Reuters\""), lines[0])
        XCTAssertFalse(lines[3].contains("date") || lines[3].contains("event_"), "undated evidence keeps the old keys: \(lines[3])")
        let rdf = fixture().nTriples()
        XCTAssertTrue(rdf.contains("schema#eventStart> \"2024-02-01\""), rdf)
        XCTAssertFalse(fixture().filteringStatements(try StatementFilter(document: "d.txt")).nTriples().contains("eventStart"))
    }

    func testImportedEventColumnsAreCheckedAndKept() throws {
        let header = "subject\trelation\tobject\tdocument\tevidence\tdate\tevent_start\tevent_end\tevent_phrase\n"
        var graph = KnowledgeGraph()
        try graph.importTriples(Data((header + "A\tmeet\tB\td\tA met B in 2004.\t2024-03-01\t2004-01-01\t2004-12-31\tin 2004\n").utf8),
                                format: .tsv, path: "t.tsv")
        XCTAssertEqual(graph.edges[0].evidence[0].days, "2004-01-01"..."2004-12-31")
        XCTAssertEqual(graph.edges[0].evidence[0].eventPhrase, "in 2004")
        XCTAssertThrowsError(try graph.importTriples(Data((header + "A\tmeet\tB\td\tx\t\t2004\t\t\n").utf8), format: .tsv, path: "t.tsv")) {
            XCTAssertEqual("\($0)", "t.tsv:2: event_start must be a date like 2024-02-01, not '2004'")
        }
        var filtered = KnowledgeGraph()
        try filtered.importTriples(Data((header + "A\tmeet\tB\td\tx\t2024-03-01\t\t\t\nA\tmeet\tC\td\ty\t2023-03-01\t\t\t\n").utf8),
                                   format: .tsv, path: "t.tsv", filter: try StatementFilter(since: "2024-01-01"))
        XCTAssertEqual(filtered.edges.count, 1)
        XCTAssertEqual(filtered.nodes.map(\.name), ["A", "B"])
    }
}
