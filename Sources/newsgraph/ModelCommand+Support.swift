import ArgumentParser
import Foundation
import NLP

/// Shared plumbing of the `model` subcommands.
enum ModelCommandSupport {
    /// Runs `body`; an error becomes one `error:` line on stderr and exit status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            note("error: \(error)")
            throw ExitCode.failure
        }
    }

    /// Writes a progress line to stderr.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The train (required) and dev (optional) files of a UD treebank folder.
    static func treebankFiles(_ folder: String) throws -> (train: String, dev: String?) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw NLPError.unreadable(path: folder, reason: "not a readable folder")
        }
        let sorted = names.sorted()
        guard let train = sorted.first(where: { $0.hasSuffix("-ud-train.conllu") }) else {
            throw NLPError.unreadable(path: folder, reason: "no *-ud-train.conllu file")
        }
        let dev = sorted.first(where: { $0.hasSuffix("-ud-dev.conllu") })
        return (folder + "/" + train, dev.map { folder + "/" + $0 })
    }
}
