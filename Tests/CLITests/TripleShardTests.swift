import XCTest

/// `extract --format jsonl --documents` carries everything `build` uses, so `build --triples` of its
/// output, whole or cut into shards in any order, writes the same graph file byte for byte.
final class TripleShardTests: CLITestCase {
    private static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/articles/niger-russia.txt")

    /// Articles with titled people, surnames and acronyms (aliases and attributes), one with no relations at all.
    private func writeCorpus() throws {
        try write(try Data(contentsOf: Self.example), to: "news/niger-russia.txt")
        try write("""
            General Abdourahamane Tiani met President Vladimir Putin in Moscow on Monday. Tiani thanked Putin for \
            the grain. The Economic Community of West African States (ECOWAS) condemned the visit, and ECOWAS \
            threatened Niger with new sanctions.

            """, to: "news/world/tiani.txt")
        try write("""
            Prime Minister Tony Blair criticised the European Commission on Tuesday. Mr Blair said the Commission \
            had ignored Britain. The Commission rejected the claim and accused Blair of delay.

            """, to: "news/world/blair.txt")
        try write("It rained all day, and the match was called off.\n", to: "news/quiet.txt")
    }

    private func jsonLines(_ arguments: String...) throws -> [String] {
        let result = try CLIRunner.run(["extract"] + arguments, in: workDirectory)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    private func graphFile(_ arguments: String...) throws -> Data {
        let result = try CLIRunner.run(["build"] + arguments, in: workDirectory)
        XCTAssertEqual(result.status, 0, result.stderr)
        let output = try XCTUnwrap(arguments.firstIndex(of: "-o").map { arguments[$0 + 1] })
        return try Data(contentsOf: workDirectory.appendingPathComponent(output))
    }

    func testBuildOfExtractedJSONLinesEqualsBuildOfArticles() throws {
        try writeCorpus()
        let local = try graphFile("news", "-o", "local.json")
        let lines = try jsonLines("news", "--format", "jsonl", "--documents")
        XCTAssertTrue(lines.contains { $0.contains("\"subject_aliases\":") || $0.contains("\"object_aliases\":") },
                      "the corpus must exercise aliases")
        XCTAssertTrue(lines.contains { $0.contains("_attributes\":{\"title\"") }, "the corpus must exercise attributes")
        XCTAssertTrue(lines.contains(where: { $0.contains(#""document":"news/quiet.txt""#) && $0.contains(#""kind":"document""#) }),
                      "an article without relations still has its document record")
        try write(lines.joined(separator: "\n") + "\n", to: "triples.jsonl")
        XCTAssertEqual(try graphFile("--triples", "triples.jsonl", "-o", "shards.json"), local)

        // Without the document records the document table has no hashes: the files differ, so the records matter.
        try write(lines.filter { !$0.contains(#""kind":"document""#) }.joined(separator: "\n") + "\n", to: "bare.jsonl")
        XCTAssertNotEqual(try graphFile("--triples", "bare.jsonl", "-o", "bare.json"), local)
    }

    func testATriplesDirectoryReadsShardsInAnyOrder() throws {
        try writeCorpus()
        let local = try graphFile("news", "-o", "local.json")
        let lines = try jsonLines("news", "--format", "jsonl", "--documents")
        // Spark-style output: part files in reverse order, a marker file and hidden checksum files to ignore.
        let half = lines.count / 2
        try write(lines[half...].reversed().joined(separator: "\n") + "\n", to: "out/part-00000-a1b2.json")
        try write(lines[..<half].joined(separator: "\n") + "\n", to: "out/nested/part-00001")
        try write("", to: "out/_SUCCESS")
        try write("not json", to: "out/.part-00000-a1b2.json.crc")
        try write("not json", to: "out/notes.txt")
        XCTAssertEqual(try graphFile("--triples", "out", "-o", "dir.json"), local)
        // Into a native file in batches of one relation (a shard a batch): the graph of one build still.
        setenv("NEWSGRAPH_SPILL_RELATIONS", "1", 1)
        defer { unsetenv("NEWSGRAPH_SPILL_RELATIONS") }
        XCTAssertEqual(try graphFile("--triples", "out", "-o", "dir.ngraph")[8], 2, "shards are appended batch by batch")
        XCTAssertEqual(try run("export", "-g", "dir.ngraph", "-o", "dir2.json").status, 0)
        XCTAssertEqual(try Data(contentsOf: workDirectory.appendingPathComponent("dir2.json")), local)
    }

    func testSkippedRecordsAreReportedAndExitOne() throws {
        try writeCorpus()
        try write(Data([0x00, 0xFF, 0x00, 0x01, 0x02]), to: "news/broken.txt")
        let extracted = try CLIRunner.run(["extract", "news", "--format", "jsonl", "--documents", "--keep-going"], in: workDirectory)
        XCTAssertEqual(extracted.status, 1, "a skipped article still fails extract")
        let skipped = extracted.stdout.split(separator: "\n").filter { $0.contains(#""kind":"skipped""#) }
        XCTAssertEqual(skipped.count, 1)
        XCTAssertTrue(skipped.first?.contains(#""document":"news/broken.txt""#) == true, String(skipped.first ?? ""))
        try write(extracted.stdout, to: "shards/part-00000")
        let built = try CLIRunner.run(["build", "--triples", "shards", "-o", "g.json"], in: workDirectory)
        XCTAssertEqual(built.status, 1, built.stderr)
        XCTAssertTrue(built.stderr.contains("warning: skipped news/broken.txt: "), built.stderr)
        XCTAssertTrue(built.stderr.contains("error: the triples record 1 of 5 articles as skipped"), built.stderr)
        let graph = try String(contentsOf: workDirectory.appendingPathComponent("g.json"), encoding: .utf8)
        XCTAssertFalse(graph.contains("broken.txt"), "a skipped article is not a document of the graph")
    }

    func testDocumentsNeedJSONLinesAndEmptyShardDirectoriesAreRefused() throws {
        try writeCorpus()
        let tsv = try run("extract", "news", "--documents")
        XCTAssertEqual(tsv.status, 2, tsv.stderr)
        XCTAssertTrue(tsv.stderr.contains("--documents needs --format jsonl"), tsv.stderr)
        try write("", to: "empty/_SUCCESS")
        assertFails(try run("build", "--triples", "empty", "-o", "g.json"), status: 2, mentioning: "holds no .jsonl, .tsv or part-* files")
    }
}
