/// Errors raised by the Extraction module; each case carries the offending value.
public enum ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A bundled resource file is missing from the module bundle.
    case resourceMissing(String)
    /// A resource file exists but a line of it cannot be read.
    case malformedResource(file: String, line: Int, reason: String)
    /// The analysis pipeline could not be built or failed on the text.
    case analysisFailed(String)

    /// A one-line message naming the problem.
    public var description: String {
        switch self {
        case let .resourceMissing(name): return "extraction resource missing: \(name)"
        case let .malformedResource(file, line, reason): return "\(file):\(line): malformed resource: \(reason)"
        case let .analysisFailed(reason): return "text analysis failed: \(reason)"
        }
    }
}
