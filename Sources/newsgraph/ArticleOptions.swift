import ArgumentParser
import Extraction

/// The article inputs and extraction mode shared by `extract` and `build`.
struct ArticleOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(ArticleOptions.pathHelp, valueName: "path"))
    var paths: [String]

    @Option(name: .customLong("json-field"), help: ArgumentHelp(ArticleOptions.jsonFieldHelp, valueName: "field=key"))
    var jsonFields: [String] = []

    @Flag(help: "Open IE mode: keep triples whose arguments are any noun phrases (extract adds a confidence column).")
    var open = false

    @Flag(help: "Skip articles that cannot be read (binary, undecodable) with a warning and go on; exit 1 at the end if any was skipped.")
    var keepGoing = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("Give at least one article path, a directory, or - for stdin.") }
    }

    /// The extraction mode the flags ask for.
    var mode: ArticleExtractor.Mode { open ? .open : .actors }

    /// The help for article path arguments, shared with `build`.
    static let pathHelp = "Article files (.txt, .html/.htm pages, .xml/.rss/.atom feeds, .json/.jsonl dumps, any of them .gz), "
        + "directories (read recursively for those) or - for stdin."
    /// The help for `--json-field`, shared with `build`.
    static let jsonFieldHelp = "Read a JSON dump field from this key first (text, title, date, url or outlet; a.b looks inside objects), "
        + "e.g. text=body (repeatable)."

    /// The articles named, checked to exist before any is read.
    func collect() throws -> [ArticleInput] { try InputCollector.collect(paths) }
}
