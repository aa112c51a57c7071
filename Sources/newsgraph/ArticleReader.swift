import Foundation

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

    /// The text of `input`, printing any decoding warning to stderr; rejects empty and binary input.
    static func text(of input: ArticleInput) throws -> String {
        let decoded = try decode(try bytes(of: input), name: input.name)
        for warning in decoded.warnings { Console.error("warning: \(warning)") }
        return decoded.text
    }

    /// Decodes `bytes` as UTF-8 (BOM dropped); invalid UTF-8 falls back to Latin-1 with a warning.
    static func decode(_ bytes: [UInt8], name: String) throws -> (text: String, warnings: [String]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.contains(where: { !isSpace($0) }) else { throw CLIError("\(name) is empty") }
        let controls = body.prefix(8192).filter { $0 < 0x20 && !isSpace($0) }.count
        if body.contains(0) || controls * 100 > min(body.count, 8192) {
            throw CLIError("\(name) looks like a binary file, not text")
        }
        if let text = String(validating: body, as: UTF8.self) { return (text, []) }
        let text = String(body.map { Character(Unicode.Scalar($0)) })
        return (text, ["\(name) is not valid UTF-8; read it as Latin-1"])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
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
