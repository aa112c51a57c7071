/// Files a directory walk passed over because NewsGraph does not read their kind, reported in one line.
enum UnknownFiles {
    /// How many names the summary lists before "and N more".
    static let shown = 5

    /// The one-line summary, or nil when nothing was skipped.
    static func summary(_ names: [String]) -> String? {
        guard !names.isEmpty else { return nil }
        var listed = names.prefix(shown).joined(separator: ", ")
        if names.count > shown { listed += " and \(names.count - shown) more" }
        return "skipped \(names.count) file\(names.count == 1 ? "" : "s") of unknown type: \(listed)"
    }

    /// The error for a directory argument that held nothing readable.
    static func emptyDirectory(_ path: String) -> CLIError {
        CLIError("directory \(path) contains no .txt articles or other news files (.html, .htm, .xml, .rss, .atom, .json, .jsonl, .gz)")
    }
}
