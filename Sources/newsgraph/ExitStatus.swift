/// The exit statuses the CLI documents.
enum ExitStatus {
    /// The command failed: bad input, unwritable output, no path.
    static let failure: Int32 = 1
    /// The command line was wrong, or named an actor the graph does not have.
    static let usage: Int32 = 2
}
