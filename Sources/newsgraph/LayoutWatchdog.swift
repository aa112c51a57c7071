import Foundation

/// A time bound for a Graphviz layout. libgvc cannot be interrupted from Swift, so when the
/// bound passes the watchdog says what ran out and what to try instead, then ends the process
/// with status 1. Nothing has been written yet at that point (outputs are written after the
/// render, atomically), so no half-written file is left.
final class LayoutWatchdog: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)

    /// Starts the clock: after `seconds`, unless `stop()` was called, prints `message` as an
    /// error and exits.
    init(seconds: Double, message: String) {
        let finished = finished
        Thread.detachNewThread {
            if finished.wait(timeout: .now() + seconds) == .timedOut {
                Console.error("error: \(message)")
                _exit(ExitStatus.failure)
            }
        }
    }

    /// The layout finished in time.
    func stop() { finished.signal() }

    /// Runs `body` under a watchdog of `seconds` (no bound when nil or not positive).
    static func run<Result>(seconds: Double?, message: @autoclosure () -> String, _ body: () throws -> Result) rethrows -> Result {
        guard let seconds, seconds > 0 else { return try body() }
        let watchdog = LayoutWatchdog(seconds: seconds, message: message())
        defer { watchdog.stop() }
        return try body()
    }
}
