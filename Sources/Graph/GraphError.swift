/// Errors raised by the Graph module; each case carries the offending value.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No node is named (or aliased) `name`; `suggestions` are the closest known actors, best first.
    case unknownActor(name: String, suggestions: [String])
    /// The two actors are not connected (within the hop limit, if one was given).
    case noPath(from: String, to: String)
    /// A stored graph could not be read; names the file (or "-") and what is wrong with it.
    case corruptGraph(path: String, reason: String)
    /// A stored graph has a schema version this build cannot read.
    case unsupportedSchemaVersion(Int)
    /// A stored file is not a NewsGraph graph at all; carries the `format` value it declared.
    case unsupportedFormat(String)
    /// A triples file (TSV or JSON Lines in the extract format) is malformed at `line` (1-based; 0 for the whole file).
    case badTriples(path: String, line: Int, reason: String)
    /// An aliases file (see `AliasTable`) is malformed at `line` (1-based).
    case badAliases(path: String, line: Int, reason: String)
    /// `name` names `count` actors (of different documents, or as a shared alias); `candidates` describes the first few.
    case ambiguousActor(name: String, count: Int, candidates: [String])
    /// A query argument is out of range, e.g. a negative depth; names the argument and its value.
    case invalidArgument(name: String, value: String)
    /// A date option (`option`, e.g. "--since") was given `value`, which is no `YYYY-MM-DD` day.
    case badDate(option: String, value: String)
    /// The date range keeps nothing: `since` is after `until`.
    case emptyDateRange(since: String, until: String)

    public var description: String {
        switch self {
        case let .unknownActor(name, suggestions):
            if suggestions.isEmpty { return "no actor named '\(name)'" }
            return "no actor named '\(name)'; did you mean: \(suggestions.joined(separator: ", "))?"
        case let .noPath(from, to):
            return "no path from '\(from)' to '\(to)'"
        case let .corruptGraph(path, reason):
            return "graph file \(path) is corrupt: \(reason)"
        case let .unsupportedSchemaVersion(version):
            return "unsupported graph schema version \(version) (this build reads version \(GraphFile.schemaVersion))"
        case let .unsupportedFormat(format):
            return "not a NewsGraph graph: format is '\(format)', expected '\(GraphFile.formatName)'"
        case let .badTriples(path, line, reason):
            return line > 0 ? "\(path):\(line): \(reason)" : "\(path): \(reason)"
        case let .badAliases(path, line, reason):
            return "\(path):\(line): \(reason)"
        case let .ambiguousActor(name, count, candidates):
            return "'\(name)' names \(count) actors: \(candidates.joined(separator: "; ")); use a fuller name, or one of these as written"
        case let .invalidArgument(name, value):
            return "invalid \(name): \(value)"
        case let .badDate(option, value):
            return "\(option) must be a date like 2024-02-01, not '\(value)'."
        case let .emptyDateRange(since, until):
            return "--since \(since) is after --until \(until), so no statement could be kept."
        }
    }
}
