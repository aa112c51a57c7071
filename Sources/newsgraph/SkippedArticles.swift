import ArgumentParser

/// What `--keep-going` does with an article that cannot be read: without it the first such article
/// stops the command; with it each one is a warning, and the command exits 1 once all the others are done,
/// so scripts still learn that the output is missing something.
struct SkippedArticles {
    let keepGoing: Bool
    private(set) var count = 0

    init(keepGoing: Bool) { self.keepGoing = keepGoing }

    /// Rethrows `error` unless going on; otherwise prints a one-line warning naming the article.
    mutating func skip(_ name: String, because error: any Error) throws {
        guard keepGoing else { throw error }
        count += 1
        Console.error("warning: skipped \(name): \(error)")
    }

    /// Ends the command with status 1 when any of `total` articles was skipped.
    func finish(of total: Int) throws {
        guard count > 0 else { return }
        Console.error("error: skipped \(count) of \(total) article\(total == 1 ? "" : "s") that could not be read")
        throw ExitCode(ExitStatus.failure)
    }
}
