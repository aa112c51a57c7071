import XCTest
import Foundation

/// `build --triples FILE.tsv` picks the compact build by itself; with it turned off
/// (NEWSGRAPH_COMPACT_BUILD=0) the old build must write the same bytes and say the same things.
final class CompactBuildCommandTests: CLITestCase {
    private let lines = [
        "subject\trelation\tobject\tsubject_type\tobject_type\tnegated\tdocument\tsentence\tevidence",
        "Tony Blair\tmeet\tGordon Brown\tperson\tperson\t\ta.txt\t0\tTony Blair met Gordon Brown.",
        "Blair\tcriticise\tBrown\tperson\tperson\t\ta.txt\t1\tBlair criticised Brown.",
        "Blair\tattack\tHoward\t\tperson\ttrue\tc.txt\t0\tBlair did not attack Howard.",
        "Yukos\tsue\tGazprom\tperson\torganization\t\ta.txt\t2\tYukos sued Gazprom.",
        "Yukos\tsell\tRosneft\torganization\t\t\tb.txt\t0\tYukos sold Rosneft.",
        "UK\tsanction\tRussia\tcountry\tcountry\t\tb.txt\t1\tThe UK sanctioned Russia.",
    ]

    /// Runs `build` with the compact build on and off; both runs must agree on everything.
    private func assertBothBuildsAgree(_ tsv: String, output: String, file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try write(tsv, to: "t.tsv")
        let compact = try run("build", "--triples", "t.tsv", "-o", "compact." + output)
        setenv("NEWSGRAPH_COMPACT_BUILD", "0", 1)
        defer { unsetenv("NEWSGRAPH_COMPACT_BUILD") }
        let old = try run("build", "--triples", "t.tsv", "-o", "old." + output)
        XCTAssertEqual(compact.status, old.status, file: file, line: line)
        XCTAssertEqual(compact.stderr.replacingOccurrences(of: "compact.", with: "old."), old.stderr, file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("compact." + output)),
                       try Data(contentsOf: workDirectory.appendingPathComponent("old." + output)), file: file, line: line)
    }

    func testCommonTSVGivesTheOldBuildsBytes() throws {
        for output in ["ngraph", "json"] {
            try assertBothBuildsAgree(lines.joined(separator: "\n") + "\n", output: output)
        }
    }

    func testInputOutsideTheCommonCaseFallsBackByItself() throws {
        // An extra column (kept as an attribute, with a note) and two spellings of one name go the old way.
        let extra = lines.map { $0 + ($0.hasPrefix("subject") ? "\tmood" : "\tcalm") }
        try assertBothBuildsAgree(extra.joined(separator: "\n") + "\n", output: "ngraph")
        try assertBothBuildsAgree((lines + ["Caf\u{E9} Noir\tcall\tRussia\t\tcountry\t\tb.txt\t2\tIt called Russia.",
                                            "Cafe\u{301} Noir\tcall\tRussia\t\tcountry\t\tc.txt\t2\tIt called Russia."])
            .joined(separator: "\n") + "\n", output: "ngraph")
    }
}
