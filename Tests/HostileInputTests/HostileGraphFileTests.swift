import XCTest

/// Hostile DOT and JSON graph files through render, path and build --append.
final class HostileGraphFileTests: HostileTestCase {
    /// The error a corpus graph file must give, or nil when it must load.
    static let expectations: [String: String?] = [
        "array.json": "is corrupt", "binary.json": "is corrupt", "corrupt.json": "is corrupt",
        "wrong-schema.json": "is corrupt", "empty.dot": "is empty",
        "latin1.dot": "not UTF-8 text", "not-dot.dot": "not UTF-8 text",
        "syntax-error.dot": "malformed DOT", "truncated.dot": "malformed DOT",
        "truncated-string.dot": "malformed DOT", "bad-evidence.dot": "malformed DOT",
        "empty-graph.dot": nil, "escapes.dot": nil, "html-labels.dot": nil, "strict-multi.dot": nil,
        "subgraphs.dot": nil, "two-graphs.dot": nil, "undirected.dot": nil, "unknown-attributes.dot": nil,
    ]

    func testCorpusIsCovered() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("graphs").path)
        XCTAssertEqual(Set(names), Set(Self.expectations.keys), "every corpus graph needs an expectation")
    }

    func testEveryGraphFileThroughRenderPathAndAppend() throws {
        try write(Data("Russia sent troops to Mali.\n".utf8), to: "a.txt")
        for (name, expected) in Self.expectations.sorted(by: { $0.key < $1.key }) {
            try check(graph: try stage("graphs/\(name)"), failing: expected)
        }
    }

    /// Huge ids, deep JSON nesting and many nodes are generated here rather than committed.
    func testGeneratedMonsters() throws {
        try write(Data("Russia sent troops to Mali.\n".utf8), to: "a.txt")
        let long = String(repeating: "A", count: 100_000)
        try write(Data("digraph { \"\(long)\" -> Mali [label=\"send\"] }".utf8), to: "quoted-huge-id.dot")
        try check(graph: "quoted-huge-id.dot", failing: nil)
        try write(Data("digraph { a\(String(repeating: "b", count: 100_000)) -> c; \(String(repeating: "9", count: 200_000)) -> c }".utf8),
                  to: "bare-huge-ids.dot")
        try check(graph: "bare-huge-ids.dot", failing: nil)
        try write(Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8), to: "deep.json")
        try check(graph: "deep.json", failing: "is corrupt")
        let nested = "{\"format\":\"newsgraph\",\"nodes\":" + String(repeating: "[", count: 100_000)
        try write(Data(nested.utf8), to: "deep-truncated.json")
        try check(graph: "deep-truncated.json", failing: "is corrupt")
        let edges = (0..<3_000).map { "n\($0) -> n\(($0 * 7 + 1) % 3_000) [label=\"r\($0 % 5)\"]; n\($0) -> n\(($0 + 1) % 3_000);" }
            .joined(separator: "\n")
        try write(Data("digraph {\n\(edges)\n}\n".utf8), to: "many.dot")
        let path = try survive(["path", "n0", "n2999", "-g", "many.dot"])
        XCTAssertEqual(path.status, 0, path.summary)
    }

    /// render and path give a result or one error; --append onto a bad file refuses and keeps it.
    private func check(graph: String, failing expected: String?, file: StaticString = #filePath, line: UInt = #line) throws {
        let render = try survive(["render", "-g", graph, "-o", "g.svg"], output: "g.svg", timeout: 120, file: file, line: line)
        let path = try survive(["path", "Russia", "Mali", "-g", graph], file: file, line: line)
        let before = contents(graph)
        let append = try survive(["build", "a.txt", "-o", graph, "--append"], file: file, line: line)
        if let expected {
            for run in [render, path, append] {
                XCTAssertNotEqual(run.status, 0, run.summary, file: file, line: line)
                XCTAssertTrue(run.stderr.contains(expected), "\(graph): \(run.summary)", file: file, line: line)
            }
            XCTAssertEqual(contents(graph), before, "--append overwrote the unreadable \(graph)", file: file, line: line)
        } else {
            // An empty graph has nothing to draw; every other loadable file renders.
            if render.status != 0 { XCTAssertTrue(render.stderr.contains("nothing is left to draw"), render.summary, file: file, line: line) }
            XCTAssertEqual(append.status, 0, append.summary, file: file, line: line)
            let merged = try survive(["path", "Russia", "Mali", "-g", graph], file: file, line: line)
            XCTAssertEqual(merged.status, 0, "the appended article is in \(graph): \(merged.summary)", file: file, line: line)
        }
        try? FileManager.default.removeItem(at: workDirectory.appendingPathComponent("g.svg"))
    }
}
