import Foundation

/// A one-line progress bar on stderr (articles, words per second, ETA), drawn only when stderr is a
/// terminal and redrawn at most ten times a second; piped or redirected runs stay silent.
final class ProgressBar {
    private let total: Int?
    private let enabled: Bool
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var done = 0
    private var words = 0

    /// `total` is the number of articles when known (for the bar and ETA).
    init(total: Int?, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.total = total
        self.enabled = enabled
    }

    /// Whether a bar would be drawn: callers skip counting the corpus when not.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// One more article merged, with its word count.
    func advance(words articleWords: Int) {
        done += 1
        words += articleWords
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 100_000_000 || done == total else { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r" + line(elapsed: Double(now - started) / 1e9) + "\u{1B}[K").utf8))
    }

    /// Clears the bar so the next message starts on a clean line.
    func finish() {
        guard enabled, done > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func line(elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(words) / elapsed : 0
        var text = "\(done)"
        if let total, total > 0 {
            let width = 24, filled = min(width, done * width / total)
            text = "[" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] \(done)/\(total)"
        }
        text += " articles  \(Int(rate)) words/s"
        if let total, done > 0, done < total {
            let remaining = Int((elapsed / Double(done) * Double(total - done)).rounded())
            text += "  ETA \(remaining / 60):" + String(format: "%02d", remaining % 60)
        }
        return text
    }
}
