import Foundation
import XCTest
@testable import Graphviz

/// Graphviz's messages must reach callers as errors or notices, never the process's stderr.
final class StderrTests: XCTestCase {
    /// What `body` wrote to file descriptor 2 while it ran.
    private func capturingStderr(_ body: () throws -> Void) rethrows -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let handle = try? FileHandle(forWritingTo: file) else { return "cannot capture" }
        fflush(nil)
        let saved = dup(2)
        dup2(handle.fileDescriptor, 2)
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            try? handle.close()
        }
        try body()
        fflush(nil)
        return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    }

    func testCaptureSeesWritesToStderr() {
        XCTAssertEqual(capturingStderr { _ = "seen".withCString { write(2, $0, 4) } }, "seen")
    }

    func testErrorsAndWarningsStayOffStderr() throws {
        let engine = GraphvizEngine.shared
        let written = try capturingStderr {
            XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { a -> "))
            XCTAssertThrowsError(try engine.graph(fromDOT: "digraph { a \""))
            XCTAssertThrowsError(try engine.render(dotText: "graph { x [label=<", format: .svg))
            let broken = try engine.rendering(ofDOT: "digraph { a [label=<<b>x>]; a -> b [penwidth=wide] }", format: .png)
            XCTAssertFalse(broken.notices.isEmpty)
            _ = try engine.rendering(of: GraphFixtures.dense(nodes: 200, perNode: 3), format: .svg, layout: .dot)
        }
        XCTAssertEqual(written, "")
    }
}
