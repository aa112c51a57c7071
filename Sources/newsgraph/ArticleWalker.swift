import Foundation
import Ingest

/// The articles named by command-line paths, produced one at a time: files as given, directories
/// walked depth-first for the kinds Ingest reads (others are counted in `unknown`), "-" for stdin. Only one directory listing is held per level, so a
/// corpus is never listed (let alone read) whole. The order equals `InputCollector`'s: within a
/// directory, entries sort by name with "/" appended to directories, which matches sorting the
/// full relative paths.
struct ArticleWalker: IteratorProtocol {
    private var paths: [String]
    /// Pending entries of each open directory, nearest last: (full URL, name shown, is directory).
    private var stack: [[(url: URL, name: String, isDirectory: Bool)]] = []
    /// Articles found under the directory argument being walked.
    private var foundInCurrent = 0
    private var currentRoot: String?
    private var usedStdin = false
    /// Files under directory arguments that are of no kind NewsGraph reads, in walk order.
    private(set) var unknown: [String] = []
    /// The first problem met; `next()` returns nil from then on.
    private(set) var failure: CLIError?

    init(paths: [String]) {
        self.paths = paths.reversed()
    }

    mutating func next() -> ArticleInput? {
        guard failure == nil else { return nil }
        while true {
            if var level = stack.popLast() {
                guard let entry = level.popLast() else {
                    if stack.isEmpty { finishDirectory() }
                    if failure != nil { return nil }
                    continue
                }
                stack.append(level)
                if entry.isDirectory {
                    stack.append(listing(of: entry.url, shownAs: entry.name))
                    continue
                }
                foundInCurrent += 1
                return ArticleInput(name: entry.name, url: entry.url)
            }
            guard let path = paths.popLast() else { return nil }
            if path == "-" {
                guard !usedStdin else {
                    failure = CLIError("standard input (-) can be read only once", status: ExitStatus.usage)
                    return nil
                }
                usedStdin = true
                return ArticleInput(name: "-", url: nil)
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failure = CLIError("no such file or directory: \(path)")
                return nil
            }
            guard isDirectory.boolValue else { return ArticleInput(name: path, url: URL(fileURLWithPath: path)) }
            currentRoot = path
            foundInCurrent = 0
            stack.append(listing(of: URL(fileURLWithPath: path, isDirectory: true), shownAs: path.hasSuffix("/") ? String(path.dropLast()) : path))
            if failure != nil { return nil }
        }
    }

    /// A directory argument is used up: it must have held at least one article.
    private mutating func finishDirectory() {
        if let root = currentRoot, foundInCurrent == 0 { failure = UnknownFiles.emptyDirectory(root) }
        currentRoot = nil
    }

    /// The visible subdirectories and readable regular files of `url`, in reverse walk order (so `popLast` yields the first);
    /// other regular files go to `unknown`.
    private mutating func listing(of url: URL, shownAs name: String) -> [(url: URL, name: String, isDirectory: Bool)] {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: [.isDirectoryKey, .isRegularFileKey],
                                                                  options: [.skipsHiddenFiles])
        } catch {
            failure = CLIError("cannot read directory \(name)")
            return []
        }
        var result: [(url: URL, name: String, isDirectory: Bool, key: String)] = []
        var skipped: [String] = []
        for entry in entries {
            let values = try? entry.resourceValues(forKeys: [.isDirectoryKey, .isRegularFileKey])
            let child = entry.lastPathComponent
            if values?.isDirectory == true {
                result.append((entry, name + "/" + child, true, child + "/"))
            } else if values?.isRegularFile == true {
                if InputKind.isReadable(path: child) {
                    result.append((entry, name + "/" + child, false, child))
                } else {
                    skipped.append(name + "/" + child)
                }
            }
        }
        result.sort { $1.key.unicodeScalars.lexicographicallyPrecedes($0.key.unicodeScalars) }
        unknown += skipped.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return result.map { ($0.url, $0.name, $0.isDirectory) }
    }
}
