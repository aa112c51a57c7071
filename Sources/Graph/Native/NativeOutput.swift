import Foundation

/// Where a native file's bytes go, front to back: its sections as they are ready, then the header
/// (which holds every section's length and checksum) into the space kept for it at the start.
protocol NativeOutput {
    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws
    /// Writes `header` over the first `header.count` bytes appended (kept for it as zeros).
    mutating func writeHeader(_ header: [UInt8]) throws
}

/// The file in memory.
struct NativeDataOutput: NativeOutput {
    var data = Data()

    mutating func append(_ bytes: UnsafeRawBufferPointer) { data.append(contentsOf: bytes) }

    mutating func writeHeader(_ header: [UInt8]) { data.replaceSubrange(0..<header.count, with: header) }
}

/// The file written through a descriptor opened for writing at its start, so the sections need not
/// also be copied into one `Data` first.
public struct NativeFileOutput: NativeOutput {
    /// The file could not be written; `code` is the `errno` of the failed call.
    public struct WriteFailure: LocalizedError {
        public let code: Int32

        public var errorDescription: String? { String(cString: strerror(code)).lowercased() }
    }

    let descriptor: Int32

    /// Writes to `descriptor` (open for writing, at offset 0); the caller closes it.
    public init(descriptor: Int32) { self.descriptor = descriptor }

    mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        var done = 0
        while done < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + done }, bytes.count - done)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(code: errno)
            }
            done += written
        }
    }

    mutating func writeHeader(_ header: [UInt8]) throws {
        var done = 0
        while done < header.count {
            let written = header.withUnsafeBytes { Foundation.pwrite(descriptor, $0.baseAddress.map { $0 + done }, header.count - done, off_t(done)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(code: errno)
            }
            done += written
        }
    }
}
