/// Errors raised by the NLP module; each case carries the offending value.
public enum NLPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A pipeline step failed; names the step and why.
    case stepFailed(step: String, reason: String)
    /// The bundled or given model file is missing.
    case modelNotFound(String)
    /// A model file exists but cannot be read.
    case corruptModel(path: String, reason: String)
    /// A CoNLL-U file has a malformed line.
    case malformedCoNLLU(path: String, line: Int, reason: String)
    /// An input file could not be read.
    case unreadable(path: String, reason: String)
    /// An input holds no text (empty or only whitespace); carries its name.
    case emptyInput(String)
    /// An input is binary data, not text; carries its name.
    case binaryInput(String)

    public var description: String {
        switch self {
        case let .stepFailed(step, reason): return "pipeline step '\(step)' failed: \(reason)"
        case let .modelNotFound(name): return "model not found: \(name)"
        case let .corruptModel(path, reason): return "model \(path) is corrupt: \(reason)"
        case let .malformedCoNLLU(path, line, reason): return "\(path):\(line): malformed CoNLL-U: \(reason)"
        case let .unreadable(path, reason): return "cannot read \(path): \(reason)"
        case let .emptyInput(name): return "\(name) is empty"
        case let .binaryInput(name): return "\(name) looks like a binary file, not text"
        }
    }
}
