import Foundation
import Ingest
import NLP

/// Reads and decodes articles; the one place that turns input bytes into articles.
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

    /// The articles in `input` (one for a .txt or HTML page, one per item of a feed or dump) and the
    /// reader's warnings; empty, binary and malformed input throw a one-line error naming the file.
    static func articles(of input: ArticleInput, ingestor: Ingestor) throws -> Ingestor.Result {
        try ingestor.read(try bytes(of: input), path: input.url?.path, name: input.name)
    }

    /// The ingestor the commands share: plain text goes through NLP's decoder, so .txt reading is unchanged.
    static func ingestor(jsonFields settings: [String]) throws -> Ingestor {
        let fields: JSONFields
        do {
            fields = try JSONFields(settings: settings)
        } catch {
            throw CLIError("\(error)", status: ExitStatus.usage)
        }
        return Ingestor(fields: fields) { bytes, name in
            let decoded = try TextDecoder.decode(bytes, name: name == "-" ? "standard input" : name)
            return (decoded.text, decoded.warnings)
        }
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
