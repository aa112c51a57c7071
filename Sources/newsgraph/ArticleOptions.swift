import ArgumentParser
import Extraction

/// The article inputs and extraction mode shared by `extract` and `build`.
struct ArticleOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files, directories (read recursively for *.txt) or - for stdin.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Open IE mode: keep triples whose arguments are any noun phrases (extract adds a confidence column).")
    var open = false

    @Flag(help: "Skip articles that cannot be read (binary, undecodable) with a warning and go on; exit 1 at the end if any was skipped.")
    var keepGoing = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one article path, a directory, or - for stdin.") }
    }

    /// The extraction mode the flags ask for.
    var mode: ArticleExtractor.Mode { open ? .open : .actors }

    /// The articles named, checked to exist before any is read.
    func collect() throws -> [ArticleInput] { try InputCollector.collect(paths) }
}
