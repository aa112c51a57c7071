/// Why a file could not be read as articles; each case names the file (and line where there is one).
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is empty or only whitespace.
    case empty(String)
    /// The input is binary data, not text or markup.
    case binary(String)
    /// A JSON dump line (or the whole file, line 0) is not a JSON object; carries why.
    case malformedJSON(name: String, line: Int, reason: String)
    /// A feed, dump or page gave no article; carries why.
    case noArticles(name: String, reason: String)
    /// A .gz file could not be decompressed; carries zlib's reason.
    case badGzip(name: String, reason: String)
    /// Decompressed data grew past the limit (a likely zip bomb); carries the limit in bytes.
    case tooLarge(name: String, limit: Int)
    /// A `--json-field` setting is not `field=key` with a known field; carries the setting.
    case badFieldSetting(String)

    public var description: String {
        switch self {
        case let .empty(name): return "\(name) is empty"
        case let .binary(name): return "\(name) looks like a binary file, not text"
        case let .malformedJSON(name, line, reason):
            return line > 0 ? "\(name):\(line): malformed JSON: \(reason)" : "\(name): malformed JSON: \(reason)"
        case let .noArticles(name, reason): return "\(name): no articles: \(reason)"
        case let .badGzip(name, reason): return "\(name): cannot decompress: \(reason)"
        case let .tooLarge(name, limit): return "\(name): decompresses to more than \(limit / (1 << 20)) MiB"
        case let .badFieldSetting(setting):
            return "bad JSON field setting '\(setting)': expected FIELD=KEY with FIELD one of \(JSONFields.fieldNames.joined(separator: ", "))"
        }
    }
}
