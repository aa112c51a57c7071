import Foundation

/// A time bound for a Graphviz layout. libgvc cannot be interrupted from Swift, so when the
/// bound passes the watchdog either starts the command again with a faster engine (replacing
/// the process through execv, as `render` asks) or says what ran out and what to try instead
/// and ends the process with status 1. Nothing has been written yet at that point (outputs
/// are written after the render, atomically), so no half-written file is left.
final class LayoutWatchdog: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)

    /// Starts the clock: after `seconds`, unless `stop()` was called, runs `restart` (the new
    /// arguments, after a note) when given and possible, else prints `message` as an error and exits.
    init(seconds: Double, message: String, restart: (note: String, arguments: [String])?) {
        let finished = finished
        Thread.detachNewThread {
            guard finished.wait(timeout: .now() + seconds) == .timedOut else { return }
            if let restart {
                Console.error("note: \(restart.note)")
                Self.exec(restart.arguments)
            }
            Console.error("error: \(message)")
            _exit(ExitStatus.failure)
        }
    }

    /// The layout finished in time.
    func stop() { finished.signal() }

    /// Runs `body` under a watchdog of `seconds` (no bound when nil or not positive).
    static func run<Result>(seconds: Double?, message: @autoclosure () -> String,
                            restart: (note: String, arguments: [String])? = nil, _ body: () throws -> Result) rethrows -> Result {
        guard let seconds, seconds > 0 else { return try body() }
        let watchdog = LayoutWatchdog(seconds: seconds, message: message(), restart: restart)
        defer { watchdog.stop() }
        return try body()
    }

    /// Replaces the process with this executable run with `arguments` (argv[0] first); returns
    /// only when that is impossible.
    private static func exec(_ arguments: [String]) {
        let executable = "/proc/self/exe"
        guard FileManager.default.fileExists(atPath: executable) else { return }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        _ = execv(executable, &argv)
        for pointer in argv { free(pointer) }
    }
}
