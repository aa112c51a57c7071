import Foundation

/// The evidence sections of a version-2 file as an append writes them: the file's first segment
/// as it was (checksum and all), its later segments copied, the new segment after them, and the map.
struct AppendedEvidence {
    /// The file appended to.
    let file: NativeGraph
    /// The block section of what the append read.
    let newSegment: [UInt8]
    /// Per edge its references, `references[offsets[e]..<offsets[e + 1]]` (written as `EvidenceMap` runs).
    let offsets: [UInt32]
    let references: [UInt64]

    /// Writes the first segment to `output` through `write(raw, checksum)`, as the evidence section.
    func withFirstSegment<T>(_ body: (UnsafeRawBufferPointer, UInt64) throws -> T) rethrows -> T {
        let range = file.evidenceStore.ranges[0]
        // The stored checksum, not a new one: damage in a copied section stays detectable.
        let checksum = file.checksums[.evidence] ?? 0
        return try file.data.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[range]), checksum) }
    }

    /// The segments section: the file's later segments, then the new one, each on an 8-byte boundary.
    /// - Complexity: O(bytes of the segments).
    func segmentsSection() -> [UInt8] {
        let old = file.evidenceStore.ranges.dropFirst()
        let lengths = old.map(\.count) + [newSegment.count]
        var sink = ByteSink()
        sink.fixed(UInt32(lengths.count))
        sink.fixed(UInt32(0))
        var offset = 8 + 16 * lengths.count
        for length in lengths {
            sink.fixed(UInt64(offset))
            sink.fixed(UInt64(length))
            offset += length + NativeFormat.padding(after: length)
        }
        file.data.withUnsafeBytes { raw in
            for range in old {
                sink.bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[range]))
                sink.bytes.append(contentsOf: repeatElement(0, count: NativeFormat.padding(after: range.count)))
            }
        }
        sink.bytes.append(contentsOf: newSegment)
        return sink.bytes
    }

    /// The evidence map section.
    func mapSection() -> [UInt8] { EvidenceMap.encoded(offsets: offsets, references: references) }
}
