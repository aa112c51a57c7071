import Foundation
import Extraction

/// An opened native `.ngraph` file: the header and section table are checked on open, and the
/// structure can be read without touching evidence, which is fetched per edge on demand.
public final class NativeGraph: Sendable {
    /// The file's bytes, usually memory-mapped, so unread sections cost no memory.
    let data: Data
    let path: String
    /// Byte range of each section in `data`.
    let sections: [NativeFormat.Section: Range<Int>]
    let checksums: [NativeFormat.Section: UInt64]
    /// Each edge's evidence: one segment, or in a file that was appended to several and a map.
    let evidenceStore: EvidenceStore
    let recordBlocks: BlockReader
    /// 1 for a fresh build, 2 once appended to (see `NativeFormat.appendedVersion`).
    let version: UInt32

    /// True when `data` starts like a native file (whatever its extension says).
    public static func isNative(_ data: Data) -> Bool { data.starts(with: NativeFormat.magic) }

    /// Opens `data`, checking magic, version, section bounds and the checksums of the structure sections;
    /// `path` names the file in errors.
    /// - Complexity: O(size of the structure sections).
    public init(data: Data, path: String) throws(GraphError) {
        self.data = data
        self.path = path
        guard Self.isNative(data) else {
            throw GraphError.corruptGraph(path: path, reason: "not a native graph (no NGRAPH header)")
        }
        let table = try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            try Self.readTable(raw, path: path)
        }
        sections = table.ranges
        checksums = table.checksums
        version = table.version
        for kind in NativeFormat.Section.allCases where kind.checkedOnOpen { try Self.verify(kind, data: data, table: (table.ranges, table.checksums), path: path) }
        func blocks(_ kind: NativeFormat.Section) throws(GraphError) -> BlockReader {
            let range = table.ranges[kind] ?? 0..<0
            return try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
                var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: raw[range]), path: path, what: "\(kind) section")
                return try BlockReader(&cursor, start: range.lowerBound)
            }
        }
        recordBlocks = try blocks(.records)
        let edgeRange = table.ranges[.edges] ?? 0..<0
        evidenceStore = try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            // The edge count is the edges section's second word (after the node count).
            var edgeHeader = ByteCursor(UnsafeRawBufferPointer(rebasing: raw[edgeRange]), path: path, what: "edges section")
            _ = try edgeHeader.fixed(UInt64.self)
            let edgeCount = Int(clamping: try edgeHeader.fixed(UInt64.self))
            return try EvidenceStore(file: raw, sections: table.ranges, edgeCount: edgeCount, path: path)
        }
    }

    /// Checks every section, the compressed ones included (a full load does this).
    /// - Complexity: O(file size).
    func verifyAll() throws(GraphError) {
        for kind in NativeFormat.Section.allCases where !kind.checkedOnOpen {
            try Self.verify(kind, data: data, table: (sections, checksums), path: path)
        }
    }

    /// Checks one section against its checksum (an append does before it copies the section on).
    /// - Complexity: O(section size).
    func verify(_ kind: NativeFormat.Section) throws(GraphError) {
        try Self.verify(kind, data: data, table: (sections, checksums), path: path)
    }

    private static func verify(_ kind: NativeFormat.Section, data: Data,
                               table: (ranges: [NativeFormat.Section: Range<Int>], checksums: [NativeFormat.Section: UInt64]),
                               path: String) throws(GraphError) {
        guard let range = table.ranges[kind] else { return }
        let sum = data.withUnsafeBytes { NativeFormat.checksum(UnsafeRawBufferPointer(rebasing: $0[range])) }
        guard sum == table.checksums[kind] else {
            throw GraphError.corruptGraph(path: path, reason: "the \(kind) section fails its checksum (damaged file)")
        }
    }

    /// The header and section table; every section must be present once and lie inside the file.
    private static func readTable(_ raw: UnsafeRawBufferPointer, path: String) throws(GraphError)
        -> (ranges: [NativeFormat.Section: Range<Int>], checksums: [NativeFormat.Section: UInt64], version: UInt32) {
        var cursor = ByteCursor(raw, path: path, what: "header")
        cursor.offset = NativeFormat.magic.count
        let version = try cursor.fixed(UInt32.self)
        guard version == NativeFormat.version || version == NativeFormat.appendedVersion else {
            throw GraphError.unsupportedSchemaVersion(Int(version))
        }
        let count = Int(try cursor.fixed(UInt32.self))
        guard count <= 64 else { throw cursor.problem("implausible section count \(count)") }
        var ranges: [NativeFormat.Section: Range<Int>] = [:], checksums: [NativeFormat.Section: UInt64] = [:]
        for _ in 0..<count {
            let tag = try cursor.fixed(UInt32.self)
            _ = try cursor.fixed(UInt32.self)
            let offset = try cursor.fixed(UInt64.self), length = try cursor.fixed(UInt64.self), sum = try cursor.fixed(UInt64.self)
            // Sections of later versions are skipped, so a reader can ignore what it does not know.
            guard let kind = NativeFormat.Section(rawValue: tag) else { continue }
            guard ranges[kind] == nil else { throw cursor.problem("the \(kind) section appears twice") }
            guard offset <= UInt64(raw.count), length <= UInt64(raw.count) - offset else {
                throw GraphError.corruptGraph(path: path, reason: "the \(kind) section runs past the end of the file (truncated?)")
            }
            ranges[kind] = Int(offset)..<Int(offset + length)
            checksums[kind] = sum
        }
        for kind in NativeFormat.Section.allCases where ranges[kind] == nil
            && (kind.isRequired || (version == NativeFormat.appendedVersion && kind.isRequiredInAppended)) {
            throw GraphError.corruptGraph(path: path, reason: "no \(kind) section")
        }
        if version == NativeFormat.version {
            // A version-1 reader of a version-2 file would ignore the map; a version-1 file has none.
            ranges[.evidenceSegments] = nil
            ranges[.evidenceMap] = nil
        }
        return (ranges, checksums, version)
    }

    /// Runs `body` with a cursor over one section.
    func withSection<T>(_ kind: NativeFormat.Section,
                        _ body: (inout ByteCursor) throws(GraphError) -> T) throws(GraphError) -> T {
        let range = sections[kind] ?? 0..<0
        return try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) -> T in
            var cursor = ByteCursor(UnsafeRawBufferPointer(rebasing: raw[range]), path: path, what: "\(kind) section")
            return try body(&cursor)
        }
    }

    /// The evidence of `edges`, inflating each block they fall in once.
    /// - Complexity: O(blocks touched × block size).
    public func evidence(of edges: some Sequence<EdgeID>) throws(GraphError) -> [EdgeID: [Evidence]] {
        let wanted = Set(edges.map(\.index).filter { $0 >= 0 && $0 < evidenceStore.edgeCount })
        let found = try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            try evidenceStore.evidence(of: wanted, in: raw)
        }
        return Dictionary(uniqueKeysWithValues: found.map { (EdgeID($0.key), $0.value) })
    }

    /// The actor records of `nodes`, inflating each block they fall in once.
    /// - Complexity: O(blocks touched × block size).
    public func records(of nodes: some Sequence<NodeID>) throws(GraphError) -> [NodeID: [ActorRecord]] {
        let found = try fetch(Set(nodes.map(\.index)), from: recordBlocks, ProvenanceCoding.records)
        return Dictionary(uniqueKeysWithValues: found.map { (NodeID($0.item), $0.value) })
    }

    private func fetch<T>(_ wanted: Set<Int>, from blocks: BlockReader,
                          _ decode: (inout ByteCursor) throws(GraphError) -> T) throws(GraphError) -> [(item: Int, value: T)] {
        let touched = Set(wanted.filter { $0 >= 0 && $0 < blocks.itemCount }.map { $0 / blocks.blockItems }).sorted()
        return try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            var found: [(item: Int, value: T)] = []
            for block in touched {
                found += try blocks.decode(block: block, in: raw, wanted: { wanted.contains($0) }, decode)
            }
            return found
        }
    }

    /// Every item of `blocks`, in order (a full load).
    /// - Complexity: O(section size).
    func all<T>(_ blocks: BlockReader, _ decode: (inout ByteCursor) throws(GraphError) -> T) throws(GraphError) -> [T] {
        try ByteCursor.withBytes(of: data) { (raw: UnsafeRawBufferPointer) throws(GraphError) in
            var values: [T] = []
            values.reserveCapacity(blocks.itemCount)
            for block in blocks.blocks.indices {
                values += try blocks.decode(block: block, in: raw, wanted: { _ in true }, decode).map(\.value)
            }
            return values
        }
    }
}
