import Foundation
import XCTest

/// `render` views, `path -o` and the layout time bound, through the built binary.
final class RenderCommandTests: CLITestCase {
    private func run(_ arguments: String...) throws -> CLIRun { try CLIRunner.run(arguments, in: workDirectory) }

    private func text(_ name: String) throws -> String {
        try String(contentsOf: workDirectory.appendingPathComponent(name), encoding: .utf8)
    }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try SampleGraph.json().write(to: workDirectory.appendingPathComponent("g.json"))
    }

    func testFocusTopAndFiltersChooseTheActorsDrawn() throws {
        let focus = try run("render", "-g", "g.json", "-o", "focus.svg", "--focus", "moscow", "--depth", "1")
        XCTAssertEqual(focus.status, 0, focus.stderr)
        let svg = try text("focus.svg")
        XCTAssertTrue(svg.contains(">Russia</text>") && svg.contains(">Niger</text>"), svg)
        XCTAssertFalse(svg.contains(">ECOWAS</text>"), "two hops away")
        XCTAssertTrue(svg.contains("<g id=\"legend\" class=\"node\">"))

        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "deep.svg", "--focus", "Russia", "--depth", "2").status, 0)
        XCTAssertTrue(try text("deep.svg").contains(">ECOWAS</text>"))

        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "top.svg", "--top", "2", "--no-legend").status, 0)
        let top = try text("top.svg")
        XCTAssertTrue(top.contains(">ECOWAS</text>") && top.contains(">Niger</text>"), top)
        XCTAssertFalse(top.contains(">Russia</text>") || top.contains("id=\"legend\""))

        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "often.svg", "--min-count", "2").status, 0)
        let often = try text("often.svg")
        // Pair edges (the default) label a relation with its count; --min-count counts the pair's statements.
        XCTAssertTrue(often.contains(">leave ×2</text>") && !often.contains(">lead</text>"), often)

        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "consult.svg", "--relation", "consult").status, 0)
        let consult = try text("consult.svg")
        XCTAssertTrue(consult.contains(">dispatch delegation to</text>") && !consult.contains(">leave</text>"), consult)

        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "orgs.svg", "--type", "organization", "--type", "country",
                               "--relation", "LEAD").status, 0)
        XCTAssertTrue(try text("orgs.svg").contains(">Nigeria</text>"))
    }

    func testBadViewOptionsFailWithOneLine() throws {
        assertFails(try run("render", "-g", "g.json", "-o", "x.svg", "--focus", "Atlantis"), status: 2, mentioning: "Atlantis")
        assertFails(try run("render", "-g", "g.json", "-o", "x.svg", "--relation", "teleport"), status: 2, mentioning: "teleport")
        // Usage errors from argument parsing also print the usage lines.
        for (arguments, fragment) in [(["--type", "planet"], "planet"), (["--top", "0"], "--top"), (["--layout", "spring"], "spring")] {
            let result = try CLIRunner.run(["render", "-g", "g.json", "-o", "x.svg"] + arguments, in: workDirectory)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains(fragment), result.stderr)
        }
        assertFails(try run("render", "-g", "g.json", "-o", "x.svg", "--focus", "France", "--type", "organization"),
                    status: 1, mentioning: "France")
        assertFails(try run("render", "-g", "g.json", "-o", "x.txt"), status: 2, mentioning: ".html")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workDirectory.appendingPathComponent("x.svg").path))
    }

    func testViewerIsOneDeterministicFile() throws {
        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "one.html").status, 0)
        XCTAssertEqual(try run("render", "-g", "g.json", "-o", "two.html").status, 0)
        let page = try text("one.html")
        XCTAssertEqual(page, try text("two.html"))
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("<svg") && page.contains("id=\"ng-data\""))
        XCTAssertFalse(page.contains("src=\"http") || page.contains("href=\"http"), "no network resources")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workDirectory.path).filter { $0.hasPrefix(".") }, [],
                       "no temporary files left")
    }

    func testPathDrawsTheChainHighlighted() throws {
        let path = try run("path", "Russia", "Nigeria", "-g", "g.json", "-o", "path.svg")
        XCTAssertEqual(path.status, 0, path.stderr)
        XCTAssertTrue(path.stdout.contains("Russia --[dispatch delegation to]--> Niger"), path.stdout)
        let svg = try text("path.svg")
        XCTAssertTrue(svg.contains("font-weight=\"bold\""), "path labels are bold")
        XCTAssertTrue(svg.contains(">Nigeria</text>") && !svg.contains(">France</text>"), svg)
        assertFails(try run("path", "Russia", "France", "-g", "g.json", "-o", "none.svg"), status: 1, mentioning: "no path")
        XCTAssertFalse(FileManager.default.fileExists(atPath: workDirectory.appendingPathComponent("none.svg").path))
        assertFails(try run("path", "Russia", "Niger", "-g", "g.json", "-o", "p.doc"), status: 2, mentioning: ".svg")
    }

    func testSlowLayoutFallsBackToSfdpThenStopsWithAdvice() throws {
        // 300 actors on a path plus 100 long chords: inside the dot limits, yet dot needs minutes.
        var lines: [String] = ["subject\trelation\tobject"]
        for index in 0..<299 { lines.append("A\(index)\tmeet\tA\(index + 1)") }
        for index in 0..<101 { lines.append("A\((index * 37 + 11) % 300)\tvisit\tA\((index * 53 + 101) % 300)") }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: workDirectory.appendingPathComponent("ring.tsv"))
        XCTAssertEqual(try run("build", "--triples", "ring.tsv", "-o", "ring.json").status, 0)

        let started = Date()
        let fallback = try run("render", "-g", "ring.json", "-o", "ring.svg", "--layout", "dot", "--layout-timeout", "2")
        XCTAssertLessThan(Date().timeIntervalSince(started), 60)
        XCTAssertEqual(fallback.status, 0, fallback.stderr)
        XCTAssertTrue(fallback.stderr.contains("note: layout with dot did not finish within 2 s; starting again with sfdp"), fallback.stderr)
        XCTAssertTrue(try text("ring.svg").contains("</svg>"))

        // sfdp has nothing faster to fall back to: the command stops, says what to do, writes nothing.
        let slow = try run("render", "-g", "ring.json", "-o", "stuck.svg", "--layout", "sfdp", "--layout-timeout", "0.001")
        assertFails(slow, status: 1, mentioning: "did not finish within 0.001 s")
        XCTAssertTrue(slow.stderr.contains("--top"), slow.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workDirectory.appendingPathComponent("stuck.svg").path))
    }
}
