import Foundation

/// Writes output files all-or-nothing: a temporary file in the same directory, then a rename.
enum AtomicFile {
    /// Fails early, before any work, when `path`'s directory is missing or not writable.
    static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("cannot write \(path): directory \(directory) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIError("cannot write \(path): it is a directory")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw CLIError("cannot write \(path): directory \(directory) is not writable")
        }
    }

    /// Replaces `path` with `bytes`; on any failure the old file (if any) stays and no temp file is left.
    static func write(_ bytes: Data, to path: String) throws {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try bytes.write(to: temp)
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
