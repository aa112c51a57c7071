import Foundation
import XCTest

/// Runs the built `newsgraph` binary and captures what it printed.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// The non-empty stderr lines.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum CLIRunner {
    /// The `newsgraph` executable next to the test bundle in the build products directory.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL,
                      URL(fileURLWithPath: CommandLine.arguments.first ?? ".")] {
            var directory = start
            for _ in 0..<3 {
                candidates.append(directory.appendingPathComponent("newsgraph"))
                directory = directory.deletingLastPathComponent()
            }
        }
        guard let found = candidates.first(where: { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: url.path)
        }) else {
            throw XCTSkip("newsgraph binary not found next to the tests (looked in \(candidates.map(\.path)))")
        }
        return found
    }

    /// Runs `newsgraph arguments…` in `directory`, feeding `stdin`.
    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> CLIRun {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot block the child.
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
        return CLIRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    private final class Marker {}
}

/// A fresh temporary directory per test, removed afterwards.
class CLITestCase: XCTestCase {
    var workDirectory = URL(fileURLWithPath: NSTemporaryDirectory())

    override func setUpWithError() throws {
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: workDirectory)
    }

    func run(_ arguments: String..., stdin: String? = nil) throws -> CLIRun {
        try CLIRunner.run(arguments, in: workDirectory, stdin: stdin)
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }

    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let url = workDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: workDirectory.appendingPathComponent(name).path)
    }

    /// Files in the work directory, hidden temp files included, sorted.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workDirectory.path).sorted()
    }

    /// Asserts a failed run: the exit status, nothing on stdout, and one `error:` line mentioning `fragment`.
    func assertFails(_ result: CLIRun, status: Int32, mentioning fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, status, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.errorLines.count, 1, result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("error: "), result.stderr, file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), "'\(result.stderr)' lacks '\(fragment)'", file: file, line: line)
    }
}
