import Foundation
import XCTest

/// Runs the real readers (python3 with networkx/rdflib, the `dot` binary) on exported files.
///
/// A missing reader fails the test with a clear message, since CI installs them; developers
/// without them set NEWSGRAPH_SKIP_PY=1 to skip instead.
enum ExternalReader {
    static var skipRequested: Bool { ProcessInfo.processInfo.environment["NEWSGRAPH_SKIP_PY"] == "1" }

    /// The output of a finished process.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs `executable arguments…` found on PATH.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Throws (failing the test, or skipping it with NEWSGRAPH_SKIP_PY=1) unless `python3` can import every module in `modules`.
    static func requirePython(_ modules: [String]) throws {
        let probe = try? run("python3", ["-c", "import " + modules.joined(separator: ", ")])
        guard let probe, probe.status == 0 else {
            let message = "python3 with \(modules.joined(separator: " and ")) is needed for this conformance check "
                + "(pip install networkx rdflib); set NEWSGRAPH_SKIP_PY=1 to skip it. "
                + (probe.map { $0.stderr.split(separator: "\n").last.map(String.init) ?? "" } ?? "python3 not found")
            if skipRequested { throw XCTSkip(message) }
            throw ReaderMissing(message: message)
        }
    }

    /// Throws (failing, or skipping with NEWSGRAPH_SKIP_PY=1) unless the `dot` binary runs.
    static func requireDot() throws {
        let probe = try? run("dot", ["-V"])
        guard let probe, probe.status == 0 else {
            let message = "the Graphviz `dot` binary is needed for this conformance check (apt-get install graphviz); "
                + "set NEWSGRAPH_SKIP_PY=1 to skip it"
            if skipRequested { throw XCTSkip(message) }
            throw ReaderMissing(message: message)
        }
    }

    /// Runs a Python script with `arguments` as sys.argv[1...] and returns its stdout, failing on a non-zero exit.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try run("python3", ["-c", script] + arguments)
        guard result.status == 0 else { throw ReaderFailed(reader: "python3", stderr: result.stderr) }
        return result.stdout
    }

    /// A temporary file holding `text`, removed by the caller's teardown block.
    static func temporaryFile(_ text: String, extension ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-conformance-\(UUID().uuidString).\(ext)")
        try Data(text.utf8).write(to: url)
        return url
    }
}

struct ReaderMissing: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

struct ReaderFailed: Error, CustomStringConvertible {
    let reader: String
    let stderr: String
    var description: String { "\(reader) rejected the export: \(stderr)" }
}
