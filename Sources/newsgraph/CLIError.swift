import Graph
import Graphviz
import NLP
import Extraction

/// A runtime failure of the CLI itself (inputs, outputs), printed as one `error:` line.
struct CLIError: Error, CustomStringConvertible, Equatable {
    /// The sentence shown after `error: `.
    let description: String
    /// The process exit status.
    let status: Int32

    init(_ description: String, status: Int32 = ExitStatus.failure) {
        self.description = description
        self.status = status
    }

    /// The exit status for any error a command can throw.
    static func status(for error: any Error) -> Int32 {
        switch error {
        case let error as CLIError: return error.status
        case GraphError.unknownActor, GraphError.ambiguousActor: return ExitStatus.usage
        case GraphError.invalidArgument, GraphError.badDate, GraphError.emptyDateRange: return ExitStatus.usage
        default: return ExitStatus.failure
        }
    }
}
