/// The layout constants of the native `.ngraph` file (see docs/native-format.md).
///
/// A file is a 16-byte header (magic, version, section count), a table of 32-byte section entries
/// (kind, flags, offset, length, checksum), then the sections, each starting on an 8-byte boundary.
/// All integers are little-endian.
enum NativeFormat {
    /// "NGRAPH" then CR LF, so a file mangled by a text-mode transfer fails the magic check (as PNG does).
    static let magic: [UInt8] = Array("NGRAPH\r\n".utf8)
    /// The version a fresh build writes: one evidence item per edge, in edge order.
    static let version: UInt32 = 1
    /// The version an append writes: evidence in segments, found through the evidence map. Readers
    /// of version 1 refuse it, as they must (they would read the wrong evidence).
    static let appendedVersion: UInt32 = 2
    static let headerSize = 16
    static let entrySize = 32
    /// Edges per compressed evidence block and nodes per record block: one fetch inflates one block.
    static let blockItems = 128
    /// zlib level for evidence blocks: the fastest still shrinks repeated sentences and paths about fourfold.
    static let compressionLevel: Int32 = 1

    /// The sections of a file; each appears once, in this order.
    enum Section: UInt32, CaseIterable, Sendable {
        /// Interned UTF-8 strings of the structure: keys, names, aliases, attributes, relations, documents.
        case strings = 1
        /// Nodes as varint records of string ids.
        case nodes
        /// Edge columns: source, target, relation id, count, negated.
        case edges
        /// Outgoing CSR lists exactly as `Adjacency` holds them: offsets, edge ids, neighbours.
        case outgoing
        /// Incoming CSR lists.
        case incoming
        /// The graph's documents table (path, content hash), sorted by path.
        case documents
        /// Every edge's evidence, in zlib blocks of `blockItems` edges.
        case evidence
        /// Every node's actor records (provenance), in zlib blocks of `blockItems` nodes.
        case records
        /// Node names and aliases by a hash of their lower-cased form, so a query finds its actors
        /// without reading every name. Files written before it existed lack it: it is optional.
        case names
        /// Version 2: the evidence segments that appends added after the first (which is `evidence`):
        /// segment count (u32), reserved (u32), per segment its offset from the section start and its
        /// length (u64 each), then each segment, a block section as `evidence` is, on an 8-byte boundary.
        case evidenceSegments
        /// Version 2: per edge, where its evidence items are, as runs of edges whose items follow one
        /// another and the extra items of edges with several (see `EvidenceMap`). An edge with several
        /// items has the sorted union of their statements.
        case evidenceMap

        /// Sections every file must have; a reader treats a missing optional one as "look the slow way".
        var isRequired: Bool { rawValue <= Self.records.rawValue }

        /// Sections a version-2 file must have besides the required ones.
        var isRequiredInAppended: Bool { self == .evidenceSegments || self == .evidenceMap }

        /// Sections checked when a file is opened; the compressed ones are checked block by block
        /// (zlib's own checksum) as they are read, and whole by a full load.
        var checkedOnOpen: Bool { self != .evidence && self != .records && self != .evidenceSegments }
    }

    /// Zero bytes after `length` bytes that bring the next section or segment to an 8-byte boundary.
    static func padding(after length: Int) -> Int { (8 - length % 8) % 8 }

    /// A 64-bit FNV-1a over little-endian 8-byte words (the tail zero-padded), then the length:
    /// a word at a time keeps checking a structure section to a few milliseconds.
    /// - Complexity: O(n).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let prime: UInt64 = 0x0000_0100_0000_01B3
        let words = bytes.count / 8
        for index in 0..<words {
            hash = (hash ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* prime
        }
        var tail: UInt64 = 0
        for index in (words * 8)..<bytes.count { tail |= UInt64(bytes[index]) << (UInt64(index - words * 8) * 8) }
        if bytes.count % 8 != 0 { hash = (hash ^ tail) &* prime }
        return (hash ^ UInt64(bytes.count)) &* prime
    }
}
