import Foundation

/// Writes output files all-or-nothing: a temporary file in the same directory, then a rename.
enum AtomicFile {
    /// Fails early, before any work, when `path` could not be written: its nearest existing ancestor
    /// must be a writable directory (missing folders are created by `write`), and `path` no directory.
    static func checkWritable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError("cannot write \(path): it is a directory")
        }
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory) {
            let parent = ancestor.deletingLastPathComponent()
            if parent.path == ancestor.path { break }
            ancestor = parent
        }
        guard isDirectory.boolValue else {
            throw CLIError("cannot write \(path): \(ancestor.path) is not a directory")
        }
        guard FileManager.default.isWritableFile(atPath: ancestor.path) else {
            throw CLIError("cannot write \(path): directory \(ancestor.path) is not writable")
        }
    }

    /// Replaces `path` with `bytes`; on any failure the old file (if any) stays and no temp file is left.
    static func write(_ bytes: Data, to path: String) throws {
        try write(to: path) { try bytes.write(to: $0) }
    }

    /// Replaces `path` with what `body` writes to the temporary file it is given; all-or-nothing as above.
    static func write(to path: String, _ body: (URL) throws -> Void) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot write \(path): \(ArticleReader.reason(error))")
        }
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try body(temp)
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw CLIError("cannot write \(path): \(ArticleReader.reason(error))")
        }
        guard rename(temp.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temp)
            throw CLIError("cannot write \(path): \(reason)")
        }
    }
}
