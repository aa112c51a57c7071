import XCTest

/// `--keep-going`: a corpus with one unreadable file still gives a result for the rest, names the
/// skipped file, and exits 1 so scripts notice; without the flag the first bad file stops the command.
final class KeepGoingTests: CLITestCase {
    private func writeCorpus() throws {
        try FileManager.default.createDirectory(at: workDirectory.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try write("Kenya signed a trade deal with Uganda on Monday.\n", to: "corpus/a.txt")
        try write(Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0]) + Data((0..<200).map { UInt8($0 % 5) }), to: "corpus/b.txt")
        try write("", to: "corpus/c.txt")
        try write("Ghana condemned Togo on Friday.\n", to: "corpus/d.txt")
    }

    func testBuildStopsAtTheFirstBadFileWithoutTheFlag() throws {
        try writeCorpus()
        assertFails(try run("build", "corpus", "-o", "g.json", "--jobs", "2"), status: 1, mentioning: "b.txt looks like a binary file")
        XCTAssertFalse(exists("g.json"))
    }

    func testBuildKeepsGoingAndStillWritesTheGraph() throws {
        try writeCorpus()
        let result = try run("build", "corpus", "-o", "g.json", "--jobs", "2", "--keep-going")
        XCTAssertEqual(result.status, 1, result.stderr)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.filter { $0.hasPrefix("warning: skipped ") }.count, 2, result.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("warning: skipped corpus/b.txt: ") && $0.contains("binary") }, result.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("warning: skipped corpus/c.txt: ") && $0.contains("empty") }, result.stderr)
        XCTAssertEqual(lines.last, "error: skipped 2 of 4 articles that could not be read")
        XCTAssertTrue(exists("g.json"))
        let path = try run("path", "Kenya", "Uganda", "-g", "g.json")
        XCTAssertEqual(path.status, 0, path.stderr)
        let other = try run("path", "Ghana", "Togo", "-g", "g.json")
        XCTAssertEqual(other.status, 0, other.stderr)
    }

    func testExtractKeepsGoingInInputOrder() throws {
        try writeCorpus()
        let result = try run("extract", "corpus", "--keep-going")
        XCTAssertEqual(result.status, 1, result.stderr)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").prefix(3).joined(separator: " | ") }
        XCTAssertEqual(rows.first, "subject | relation | object")
        XCTAssertEqual(rows.dropFirst().map { String($0.prefix(5)) }, ["Kenya", "Ghana"], result.stdout)
        XCTAssertTrue(result.stderr.hasSuffix("error: skipped 2 of 4 articles that could not be read\n"), result.stderr)
    }
}
