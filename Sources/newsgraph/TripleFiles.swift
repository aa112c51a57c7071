import Foundation
import Graph

/// The files `build --triples` reads: files as named, and under a directory every triple shard —
/// `*.jsonl`, `*.tsv`, and the `part-*` files Spark and Hadoop write (JSON Lines whatever their extension,
/// unless `.tsv`) — in sorted order, so a directory of shards reads the same on every machine.
enum TripleFiles {
    /// Each path with its format; directories are expanded (recursively, hidden files and `_SUCCESS`-style
    /// markers left out). A directory holding no shard is an error, as an empty article directory is.
    static func expand(_ paths: [String]) throws -> [(path: String, format: TripleImport.Format)] {
        var files: [(path: String, format: TripleImport.Format)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append((path, try format(of: path)))
                continue
            }
            let shards = try shardPaths(under: path)
            guard !shards.isEmpty else {
                throw CLIError("--triples \(path) holds no .jsonl, .tsv or part-* files", status: ExitStatus.usage)
            }
            files += shards
        }
        return files
    }

    /// The format a named file's extension gives.
    static func format(of path: String) throws -> TripleImport.Format {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "tsv": return .tsv
        case "jsonl": return .jsonl
        default: throw CLIError("--triples \(path) must be a .tsv or .jsonl file or a directory of them", status: ExitStatus.usage)
        }
    }

    private static func shardPaths(under directory: String) throws -> [(path: String, format: TripleImport.Format)] {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: root, isDirectory: true),
                                                          includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw CLIError("cannot read directory \(directory)")
        }
        let rootPath = URL(fileURLWithPath: root, isDirectory: true).standardizedFileURL.path
        var found: [(path: String, format: TripleImport.Format)] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let name = url.lastPathComponent
            let ext = url.pathExtension.lowercased()
            let format: TripleImport.Format
            if ext == "tsv" {
                format = .tsv
            } else if ext == "jsonl" || name.hasPrefix("part-") {
                format = .jsonl
            } else {
                continue
            }
            // Shown relative to the argument, as article directories are.
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : name
            found.append((root + "/" + relative, format))
        }
        return found.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
    }
}
