import ArgumentParser
import Foundation

/// Runs a command body; any failure becomes one `error: …` line on stderr and its exit status,
/// so runtime errors never come with ArgumentParser's usage text.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Console.error("error: \(error)")
        throw ExitCode(CLIError.status(for: error))
    }
}

/// Writes to the standard streams without buffering surprises.
enum Console {
    /// Writes `text` and a newline to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
    }

    /// Writes `text` to stdout as is.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
