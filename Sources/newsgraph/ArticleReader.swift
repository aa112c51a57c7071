import Foundation
import NLP

/// Reads and decodes articles; the one place that turns input bytes into text.
enum ArticleReader {
    /// The bytes of `input` (stdin for "-").
    static func bytes(of input: ArticleInput) throws -> [UInt8] {
        guard let url = input.url else {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw CLIError("cannot read \(input.name): \(reason(error))")
        }
    }

    /// The text of `input`, printing any decoding warning to stderr; empty and binary input throw.
    static func text(of input: ArticleInput) throws -> String {
        let decoded = try TextDecoder.decode(try bytes(of: input), name: input.url == nil ? "standard input" : input.name)
        for warning in decoded.warnings { Console.error("warning: \(warning)") }
        return decoded.text
    }

    /// A short reason from a Foundation file error.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        switch nsError.code {
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        default: return nsError.localizedDescription
        }
    }
}
