import CZlib

/// Decompresses gzip (and zlib) data with the system zlib, member after member, within a size limit.
enum Gzip {
    /// The most a .gz may decompress to: larger inputs are far beyond a news file and likely hostile.
    static let limit = 1 << 30

    /// The decompressed bytes of `data`.
    /// - Throws: `IngestError.badGzip` for corrupt or truncated data, `.tooLarge` past `limit`.
    /// - Complexity: O(n) in the output size.
    static func decompress(_ data: [UInt8], name: String, limit: Int = Gzip.limit) throws(IngestError) -> [UInt8] {
        var output: [UInt8] = []
        var offset = 0
        // A .gz may hold several members back to back (`cat a.gz b.gz`); each is inflated in turn.
        while offset < data.count {
            if output.count > 0, data[offset...].allSatisfy({ $0 == 0 }) { break }
            offset += try inflateMember(data, from: offset, into: &output, name: name, limit: limit)
        }
        return output
    }

    /// Inflates one member starting at `start`, appending to `output`; returns the bytes it used.
    private static func inflateMember(_ data: [UInt8], from start: Int, into output: inout [UInt8], name: String,
                                      limit: Int) throws(IngestError) -> Int {
        var stream = z_stream()
        // 15 + 32: the largest window, with the gzip or zlib header detected automatically.
        guard ng_inflate_init(&stream, 15 + 32) == Z_OK else { throw .badGzip(name: name, reason: "zlib failed to start") }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        var input = Array(data[start...])
        let used: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while status == Z_OK {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = uInt(chunkBuffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return chunkBuffer.count - Int(stream.avail_out)
                }
                output.append(contentsOf: chunk[0..<produced])
                if output.count > limit { status = Z_MEM_ERROR; break }
                if status == Z_BUF_ERROR, stream.avail_in == 0 { break }
            }
            return inputBuffer.count - Int(stream.avail_in)
        }
        if output.count > limit { throw .tooLarge(name: name, limit: limit) }
        switch status {
        case Z_STREAM_END: return max(used, 1)
        case Z_BUF_ERROR: throw .badGzip(name: name, reason: "the data ends early (truncated file)")
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "corrupt data"
            throw .badGzip(name: name, reason: message)
        }
    }
}
