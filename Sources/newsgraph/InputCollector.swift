import Foundation
import Ingest

/// One article to read: its name for provenance, and where its bytes come from.
struct ArticleInput: Equatable {
    /// The path as the user gave it (joined with the relative path inside a directory), or "-".
    let name: String
    /// Nil for standard input.
    let url: URL?
}

/// Turns command-line PATH arguments into articles: files as given, directories walked
/// recursively for the kinds Ingest reads (.txt, .html, feeds, dumps, .gz) in path order, and "-" for stdin.
/// Other files under a directory are skipped, with one summary line on stderr.
enum InputCollector {
    /// Every article named by `paths`, in argument order; fails before any reading when a path is missing
    /// or a directory holds no articles.
    /// - Complexity: O(f log f) for f files under the given directories.
    static func collect(_ paths: [String]) throws -> [ArticleInput] {
        guard !paths.isEmpty else { throw CLIError("no input given; pass article files, directories or - for stdin", status: ExitStatus.usage) }
        var inputs: [ArticleInput] = []
        var usedStdin = false
        var unknown: [String] = []
        for path in paths {
            if path == "-" {
                guard !usedStdin else { throw CLIError("standard input (-) can be read only once", status: ExitStatus.usage) }
                usedStdin = true
                inputs.append(ArticleInput(name: "-", url: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("no such file or directory: \(path)")
            }
            if isDirectory.boolValue {
                let found = try articles(under: path)
                guard !found.articles.isEmpty else { throw UnknownFiles.emptyDirectory(path) }
                inputs += found.articles
                unknown += found.unknown
            } else {
                inputs.append(ArticleInput(name: path, url: URL(fileURLWithPath: path)))
            }
        }
        if let summary = UnknownFiles.summary(unknown) { Console.error("warning: \(summary)") }
        return inputs
    }

    /// The readable files below `directory`, named relative to it as given, sorted by that name, and the names of the others.
    private static func articles(under directory: String) throws -> (articles: [ArticleInput], unknown: [String]) {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CLIError("cannot read directory \(directory)")
        }
        let rootPath = root.standardizedFileURL.path
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var found: [ArticleInput] = [], unknown: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            if InputKind.isReadable(path: url.lastPathComponent) {
                found.append(ArticleInput(name: prefix + relative, url: url))
            } else {
                unknown.append(prefix + relative)
            }
        }
        return (found.sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) },
                unknown.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
    }
}
