import XCTest
import Extraction
@testable import Graph

/// The compact build must give exactly the graph (and native bytes) of importing the TSV and
/// `canonicalized()`, and must decline whatever it does not read.
final class CompactBuildTests: XCTestCase {
    private let header = "subject\trelation\tobject\tsubject_type\tobject_type\tnegated\tdocument\tsentence\tevidence"

    /// The old build: import, then the identity pass.
    private func oldBuild(_ text: String, rules: IdentityRules = .standard) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        graph.identity = rules
        try graph.importTriples(Data(text.utf8), format: .tsv, path: "in.tsv")
        graph.dropRecordIndex()
        return graph.canonicalized()
    }

    private func assertSame(_ lines: [String], header: String? = nil, rules: IdentityRules = .standard,
                            file: StaticString = #filePath, line: UInt = #line) throws {
        let text = ([header ?? self.header] + lines).joined(separator: "\n") + "\n"
        let old = try oldBuild(text, rules: rules)
        let data = Data(text.utf8)
        let full = try XCTUnwrap(CompactBuild(tsv: data, path: "in.tsv", rules: rules, provenance: .inGraph), file: file, line: line)
        XCTAssertTrue(full.graph == old, "the graphs differ", file: file, line: line)
        XCTAssertTrue(full.graph.nodes.map(\.records) == old.nodes.map(\.records), "the records differ", file: file, line: line)
        XCTAssertEqual(try full.graph.jsonData(), try old.jsonData(), file: file, line: line)
        let native = try XCTUnwrap(CompactBuild(tsv: data, path: "in.tsv", rules: rules, provenance: .nativeSections), file: file, line: line)
        XCTAssertEqual(native.nativeData(), old.nativeData(), file: file, line: line)
    }

    private func declines(_ text: String, rules: IdentityRules = .standard) -> Bool {
        CompactBuild(tsv: Data(text.utf8), path: "in.tsv", rules: rules, provenance: .inGraph) == nil
    }

    func testSameSurnameInTwoDocumentsStaysInEachDocument() throws {
        try assertSame([
            "Tony Blair\tmeet\tGordon Brown\tperson\tperson\t\ta.txt\t0\tTony Blair met Gordon Brown.",
            "Blair\tcriticise\tBrown\tperson\tperson\t\ta.txt\t1\tBlair criticised Brown.",
            "Blair\tpraise\tHoward\tperson\tperson\t\tb.txt\t0\tBlair praised Howard.",
            "Cherie Blair\tvisit\tParis\tperson\tlocation\t\tb.txt\t2\tCherie Blair visited Paris.",
            // Untyped here, a surname elsewhere: its old node splits by document.
            "Blair\tattack\tHoward\t\tperson\t\tc.txt\t0\tBlair attacked Howard.",
            "Blair\tsupport\tBrown\t\t\t\td.txt\t4\tBlair supported Brown.",
        ])
    }

    func testTypesThatDifferAcrossDocumentsAreVoted() throws {
        try assertSame([
            "Yukos\tsue\tGazprom\tperson\torganization\t\ta.txt\t0\tYukos sued Gazprom.",
            "Yukos\tsell\tRosneft\torganization\torganization\t\tb.txt\t0\tYukos sold Rosneft.",
            "Yukos\tsell\tRosneft\torganization\t\t\tc.txt\t3\tYukos sold to Rosneft.",
            "Chelsea\tbeat\tArsenal\t\torganization\t\ta.txt\t5\tChelsea beat Arsenal.",
            "Chelsea\tsign\tJohn Terry\tperson\tperson\t\tb.txt\t1\tChelsea signed John Terry.",
            "Stuart Pearce\tmanage\tManchester City\tperson\torganization\t\ta.txt\t6\tStuart Pearce manages Manchester City.",
            "Stuart Lee\tjoin\tManchester City\tperson\t\t\tb.txt\t6\tStuart Lee joined Manchester City.",
            "Stuart Smith\tjoin\tAston Villa\t\t\t\tc.txt\t7\tStuart Smith joined Aston Villa.",
            "Villa\tbeat\tArsenal\t\t\t\tc.txt\t8\tVilla beat Arsenal.",
        ])
    }

    func testTablesGazetteerAndSpellingVariantsJoin() throws {
        try assertSame([
            "UK\tsanction\tRussia\tcountry\tcountry\t\ta.txt\t0\tThe UK sanctioned Russia.",
            "United Kingdom\tsanction\tRussia\tcountry\tcountry\t\tb.txt\t0\tThe United Kingdom sanctioned Russia.",
            "Britain\tcall\tRussian Federation\tcountry\t\t\tc.txt\t1\tBritain called the Russian Federation.",
            "  Mr Tony Blair \tmeet\tGEORGE W. BUSH\tperson\tperson\t\td.txt\t0\tMr Tony Blair met George W. Bush.",
            "Tony Blair\tmeet\tGeorge W Bush\t\tperson\t\te.txt\t0\tTony Blair met George W Bush.",
            "the country\tcall\tthe regional body\tcountry\torganization\t\ta.txt\t2\tThe country called the regional body.",
            "the country\tcall\tthe regional body\tcountry\torganization\t\tb.txt\t2\tThe country called the regional body.",
        ])
    }

    func testRepeatedStatementsNegationAndRelationOrder() throws {
        try assertSame([
            "Iran\tattack\tIraq\tcountry\tcountry\ttrue\ta.txt\t0\tIran did not attack Iraq.",
            "Iran\tattack\tIraq\tcountry\tcountry\ttrue\ta.txt\t0\tIran did not attack Iraq.",
            "Iran\tattack\tIraq\tcountry\tcountry\tfalse\tb.txt\t3\tIran attacked Iraq.",
            "Iran\tsupport\tSyria\tcountry\tcountry\ttrue\tb.txt\t1\tIran did not support Syria.",
            "Iran\tcall\tIraq\tcountry\tcountry\t\tb.txt\t2\tIran called Iraq.",
            "Iran\tbe ally of\tIraq\tcountry\tcountry\t\tb.txt\t2\tIran is Iraq's ally.",
            "Iraq\tattack\tIran\tcountry\tcountry\t\t\t9\tIraq attacked Iran.",
            "Blair\tattack\tBrown\tperson\tperson\ttrue\tc.txt\t0\tBlair did not attack Brown.",
            "Blair\tattack\tBrown\t\tperson\tfalse\tc.txt\t1\tBlair attacked Brown.",
            "Tony Blair\tmeet\tBrown\tperson\tperson\t\td.txt\t0\tTony Blair met Brown.",
        ])
    }

    func testDocumentsReadInSeveralRunsMergeTheirRecords() throws {
        try assertSame([
            "Blair\tmeet\tBrown\tperson\tperson\t\ta.txt\t0\tBlair met Brown.",
            "Tony Blair\tmeet\tBrown\tperson\tperson\t\tb.txt\t0\tTony Blair met Brown.",
            "Blair\tcall\tBrown\tperson\tperson\t\ta.txt\t3\tBlair called Brown.",
            "Blair\tcall\tBrown\tperson\t\ttrue\tb.txt\t4\tBlair did not call Brown.",
            "Blair\tmeet\tBrown\tperson\tperson\t\ta.txt\t0\tBlair met Brown.",
        ])
    }

    func testNamesOutsideASCIISortAndJoinAsBefore() throws {
        try assertSame([
            "T\u{FC}rkiye\tcall\tRussia\tcountry\tcountry\t\ta.txt\t0\tT\u{FC}rkiye called Russia.",
            "Turkey\tcall\tRussia\tcountry\tcountry\t\tb.txt\t0\tTurkey called Russia.",
            "Soci\u{E9}t\u{E9} G\u{E9}n\u{E9}rale\tsue\tSociete Generale\torganization\t\t\tc.txt\t0\tIt sued.",
            "\u{C9}mile Zola\tmeet\tZola\tperson\tperson\t\td\u{E9}j\u{E0}.txt\t0\tThey met.",
            "Zola\tmeet\tZurich\tperson\t\t\tdoc.txt\t1\tZola met Zurich.",
            "\u{A0}Zola\u{A0}\tsue\t\u{D6}sterreich\tperson\tcountry\t\td\u{E9}j\u{E0}.txt\t2\tZola sued Austria.",
            "Zola\tcall\tZola\t\t\t\tDoc.txt\t1\tZola called Zola.",
        ])
    }

    func testOptionalColumnsAndEvidenceMetadata() throws {
        let header = "document\tsubject\tobject\trelation\tconfidence\ttitle\tdate\tevent_start\tevidence\tstart\tend\tsentence"
            + "\turl\tevent_phrase\tsurface"
        try assertSame([
            "a.txt\tIran\tIraq\tattack\t0.5\tWar\t2024-02-01\t2024-01-30\tIran attacked Iraq.\t0\t18\t0\t\t\t",
            "a.txt\tIran\tIraq\tattack\t\tWar\t2024-02-01\t\tIran attacked Iraq again, caf\u{E9}.\t20\t40\t1\t\t\t",
            "b.txt\tIraq\tIran\tattack\t1\t\t\t\t\t\t\t\t\t\t",
            // Stated once, every optional field present: written straight from the line.
            "c.txt\tSyria\tIraq\tsupport\t0.9\tPeace\t2024-03-01\t2024-03-02\tSyria backed Iraq, se\u{F1}or.\t3\t9\t2"
                + "\thttp://x.example/1\tlast week\tbacked",
        ], header: header)
    }

    func testGeneratedGraphMatches() throws {
        var random = LCG(state: 17)
        let verbs = ["meet", "attack", "support", "criticise"]
        var lines: [String] = []
        for index in 0..<400 {
            let a = random.next(40), b = random.next(40)
            let types = ["", "person", "organization", "country"]
            lines.append("Actor \(a % 7 == 0 ? "" : "\(a)")\(a % 7 == 0 ? "X\(a)" : "")\t\(verbs[random.next(4)])\tActor \(b)\t"
                         + "\(types[random.next(4)])\t\(types[random.next(4)])\t\(random.next(5) == 0)\tdoc\(index / 20).txt\t\(index % 20)\tActor \(a) did something to Actor \(b).")
        }
        try assertSame(lines)
    }

    func testLargeFileReadInTwoHalvesMatches() throws {
        // Over 2 MB, so a second reader takes the lines from a change of document near the middle:
        // names, relations and types first seen in either half, a document whose lines come in two
        // runs (one in each half), and statements repeated across the halves must all come out as
        // one sequential read gives them.
        var random = LCG(state: 29)
        let verbs = ["meet", "attack", "support", "criticise", "visit"]
        let types = ["", "person", "organization", "country"]
        var lines: [String] = []
        let count = 24_000
        for index in 0..<count {
            let late = index > count / 2
            let a = random.next(late ? 900 : 600), b = random.next(late ? 900 : 600)
            let verb = late && index % 9 == 0 ? "sign with" : verbs[random.next(5)]
            let document = index % 5_000 < 20 ? "shared.txt" : "doc\(index / 20).txt"
            let padding = String(repeating: "x", count: 40 + random.next(40))
            lines.append("Actor \(a)\t\(verb)\tActor \(b == a ? b + 1 : b)\t\(types[random.next(4)])\t\(types[random.next(4)])\t"
                         + "\(random.next(9) == 0)\t\(document)\t\(index % 20)\tActor \(a) did something to Actor \(b) \(padding).")
        }
        XCTAssertGreaterThan(lines.reduce(0) { $0 + $1.utf8.count + 1 }, 2 << 20)
        try assertSame(lines)
    }

    func testDeclinesWhatItDoesNotRead() {
        let line = "Iran\tattack\tIraq\tcountry\tcountry\t\ta.txt\t0\tIran attacked Iraq."
        XCTAssertFalse(declines([header, line].joined(separator: "\n")))
        // Other names, extra columns, non-ASCII names, malformed lines and bad values go the old way.
        XCTAssertTrue(declines("subject\trelation\tobject\tsubject_aliases\nIran\tattack\tIraq\t\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\tmood\nIran\tattack\tIraq\tangry\n"))
        // Two spellings of one name that `String` takes as equal.
        XCTAssertTrue(declines("subject\trelation\tobject\nCaf\u{E9} Noir\tsue\tIraq\nCafe\u{301} Noir\tsue\tIraq\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\nIran\tatt\u{1}ack\tIraq\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\nIran\tattack\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\tsubject_type\nIran\tattack\tIraq\tnation\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\tconfidence\nIran\tattack\tIraq\t2\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\tstart\tend\nIran\tattack\tIraq\t5\t2\n"))
        XCTAssertTrue(declines("subject\trelation\tobject\nIran\t \tIraq\n"))
        XCTAssertTrue(declines(""))
        let same = try? AliasTable(text: "!same\tIran\tPersia\n", path: "a.tsv")
        XCTAssertTrue(declines([header, line].joined(separator: "\n"), rules: IdentityRules(user: same ?? AliasTable())))
    }
}
