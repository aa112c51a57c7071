import XCTest

/// Bad input to `extract` and `build`: one `error:` line, a non-zero status, no output file.
final class InputErrorTests: CLITestCase {
    func testMissingPath() throws {
        assertFails(try run("extract", "nowhere.txt"), status: 1, mentioning: "no such file or directory: nowhere.txt")
        assertFails(try run("build", "nowhere.txt", "-o", "g.json"), status: 1, mentioning: "nowhere.txt")
        XCTAssertFalse(exists("g.json"))
    }

    func testEmptyFileAndBlankFile() throws {
        try write("", to: "empty.txt")
        assertFails(try run("extract", "empty.txt"), status: 1, mentioning: "empty.txt is empty")
        try write(" \n\n\t\n", to: "blank.txt")
        assertFails(try run("extract", "blank.txt"), status: 1, mentioning: "blank.txt is empty")
        assertFails(try run("build", "empty.txt", "-o", "g.json"), status: 1, mentioning: "empty.txt is empty")
        XCTAssertFalse(exists("g.json"))
    }

    func testEmptyStandardInput() throws {
        assertFails(try run("extract", "-", stdin: ""), status: 1, mentioning: "standard input is empty")
    }

    func testBinaryFile() throws {
        var bytes = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        bytes.append(Data((0..<200).map { UInt8($0 % 7) }))
        try write(bytes, to: "program.txt")
        assertFails(try run("extract", "program.txt"), status: 1, mentioning: "program.txt looks like a binary file")
    }

    func testInvalidUTF8IsReadWithAWarning() throws {
        try write(Data("Caf".utf8) + Data([0xE9]) + Data(" owners met in Paris.\n".utf8), to: "latin.txt")
        let result = try run("extract", "latin.txt")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("warning: latin.txt is not valid UTF-8"), result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("subject\trelation\t"), result.stdout)
    }

    func testDirectoryWithoutArticles() throws {
        try FileManager.default.createDirectory(at: workDirectory.appendingPathComponent("none"), withIntermediateDirectories: true)
        try write("not an article", to: "none/readme.md")
        assertFails(try run("extract", "none"), status: 1, mentioning: "directory none contains no .txt articles")
    }

    func testUnknownOutputExtensionFailsBeforeReadingInput() throws {
        // The input does not exist either: the extension must be reported first.
        assertFails(try run("build", "nowhere.txt", "-o", "graph.xyz"), status: 2, mentioning: "unknown extension '.xyz'")
        XCTAssertEqual(try listing(), [])
        assertFails(try run("render", "--graph", "g.json", "-o", "graph.json"), status: 2, mentioning: "'.json'")
    }

    func testUnwritableOutputLeavesNoFile() throws {
        try write("Russia sent troops to Mali.\n", to: "a.txt")
        try write("a plain file", to: "blocker")
        assertFails(try run("build", "a.txt", "-o", "blocker/g.json"), status: 1, mentioning: "cannot write blocker/g.json")
        try FileManager.default.createDirectory(at: workDirectory.appendingPathComponent("taken.json"), withIntermediateDirectories: true)
        assertFails(try run("build", "a.txt", "-o", "taken.json"), status: 1, mentioning: "it is a directory")
        XCTAssertEqual(try listing(), ["a.txt", "blocker", "taken.json"])
    }

    func testMissingOutputFoldersAreCreatedOnlyOnSuccess() throws {
        try write("Russia sent troops to Mali.\n", to: "a.txt")
        assertFails(try run("build", "missing.txt", "-o", "out/deep/g.json"), status: 1, mentioning: "missing.txt")
        XCTAssertFalse(exists("out"))
        let result = try run("build", "a.txt", "-o", "out/deep/g.json")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(exists("out/deep/g.json"))
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run("extract").status, 2)
        XCTAssertEqual(try run("extract", "a.txt", "--format", "csv").status, 2)
        XCTAssertEqual(try run("frobnicate").status, 2)
    }
}
