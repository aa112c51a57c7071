import Foundation
import XCTest

/// Runs the Graphviz `dot` command line tool, to check our DOT against the reference reader.
enum DOTBinary {
    static let path = "/usr/bin/dot"

    /// What `dot -Tcanon` prints for `text`, plus its stderr and exit status; skips the test
    /// when the tool is not installed.
    static func canon(_ text: String) throws -> (output: String, errors: String, status: Int32) {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("no \(path)") }
        let directory = FileManager.default.temporaryDirectory
        let input = directory.appendingPathComponent("newsgraph-\(UUID().uuidString).gv")
        let output = directory.appendingPathComponent("newsgraph-\(UUID().uuidString).canon")
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try Data(text.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-Tcanon", "-o", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let canon = (try? Data(contentsOf: output)) ?? Data()
        return (String(decoding: canon, as: UTF8.self), String(decoding: messages, as: UTF8.self), process.terminationStatus)
    }
}
