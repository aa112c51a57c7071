import Foundation
import ArgumentParser

/// `--format text|json` on the query commands; JSON has sorted keys, so equal answers give equal bytes.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// `value` as pretty-printed JSON with sorted keys and a final newline.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            throw CLIError("cannot write the answer as JSON: \(error)")
        }
    }
}
