import Foundation
import XCTest

/// What one run of the `newsgraph` binary did, including how it ended.
struct HostileRun {
    let arguments: [String]
    let status: Int32
    let killedBySignal: Bool
    let timedOut: Bool
    let stdout: String
    let stderr: String
    /// Peak resident memory (VmHWM) seen while polling /proc, in kB; 0 when /proc is unavailable.
    let peakKilobytes: Int
    let seconds: Double

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    var summary: String { "newsgraph \(arguments.joined(separator: " ")) → status \(status), stderr: \(stderr.prefix(400))" }
}

enum HostileRunner {
    /// The `newsgraph` executable next to the test bundle in the build products directory.
    static func binary() throws -> URL {
        var candidates: [URL] = []
        for start in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments.first ?? ".")] {
            var directory = start
            for _ in 0..<3 {
                candidates.append(directory.appendingPathComponent("newsgraph"))
                directory = directory.deletingLastPathComponent()
            }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("newsgraph binary not found next to the tests")
        }
        return found
    }

    /// Runs `newsgraph arguments…` in `directory`; a run past `timeout` seconds is killed and reported.
    /// `interrupt` sends SIGINT that many seconds after the start (for interruption tests).
    static func run(_ arguments: [String], in directory: URL, timeout: Double = 60,
                    interrupt: Double? = nil) throws -> HostileRun {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let start = Date()
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        var peak = 0, timedOut = false, interrupted = false
        while process.isRunning {
            let elapsed = Date().timeIntervalSince(start)
            if let interrupt, !interrupted, elapsed >= interrupt {
                kill(process.processIdentifier, SIGINT)
                interrupted = true
            }
            if elapsed > timeout {
                kill(process.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            peak = max(peak, highWaterMark(of: process.processIdentifier))
            usleep(20_000)
        }
        process.waitUntilExit()
        group.wait()
        return HostileRun(arguments: arguments, status: process.terminationStatus,
                          killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
                          stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
                          peakKilobytes: peak, seconds: Date().timeIntervalSince(start))
    }

    /// VmHWM of a running process from /proc, in kB (0 once it is gone).
    private static func highWaterMark(of pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

/// A fresh temporary directory per test and the hostile-input contract every run must keep.
class HostileTestCase: XCTestCase {
    var workDirectory = URL(fileURLWithPath: NSTemporaryDirectory())

    /// Tests/HostileInputs, the committed corpus.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("HostileInputs")

    override func setUpWithError() throws {
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-hostile-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: workDirectory)
    }

    /// Copies a corpus file into the work directory and returns its name there.
    func stage(_ relativePath: String) throws -> String {
        let source = Self.corpus.appendingPathComponent(relativePath)
        let name = source.lastPathComponent
        try? FileManager.default.removeItem(at: workDirectory.appendingPathComponent(name))
        try FileManager.default.copyItem(at: source, to: workDirectory.appendingPathComponent(name))
        return name
    }

    func write(_ data: Data, to name: String) throws {
        try data.write(to: workDirectory.appendingPathComponent(name))
    }

    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: workDirectory.appendingPathComponent(name).path)
    }

    func contents(_ name: String) -> Data? {
        FileManager.default.contents(atPath: workDirectory.appendingPathComponent(name).path)
    }

    /// Runs newsgraph and checks the contract: no crash, no hang, and a failure is exactly one
    /// `error:` line (warnings and notes aside), a non-zero status, no `output` file and no temp files.
    @discardableResult
    func survive(_ arguments: [String], output: String? = nil, timeout: Double = 60,
                 file: StaticString = #filePath, line: UInt = #line) throws -> HostileRun {
        if let output { try? FileManager.default.removeItem(at: workDirectory.appendingPathComponent(output)) }
        let result = try HostileRunner.run(arguments, in: workDirectory, timeout: timeout)
        XCTAssertFalse(result.timedOut, "hang (> \(timeout) s): \(result.summary)", file: file, line: line)
        XCTAssertFalse(result.killedBySignal, "crash (signal \(result.status)): \(result.summary)", file: file, line: line)
        let errors = result.stderrLines.filter { $0.hasPrefix("error: ") }
        let others = result.stderrLines.filter { !$0.hasPrefix("error: ") && !$0.hasPrefix("warning: ")
            && !$0.hasPrefix("note: ") && !$0.hasPrefix("wrote ") }
        XCTAssertEqual(others, [], "unexpected stderr lines: \(result.summary)", file: file, line: line)
        if result.status != 0 {
            XCTAssertEqual(errors.count, 1, "a failure needs one error line: \(result.summary)", file: file, line: line)
            if let output {
                XCTAssertFalse(exists(output), "failed run left \(output): \(result.summary)", file: file, line: line)
            }
        } else {
            XCTAssertEqual(errors, [], result.summary, file: file, line: line)
            if let output { XCTAssertTrue(exists(output), "no \(output): \(result.summary)", file: file, line: line) }
        }
        let leftovers = (try FileManager.default.contentsOfDirectory(atPath: workDirectory.path)).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [], "temp files left by \(result.summary)", file: file, line: line)
        return result
    }
}
