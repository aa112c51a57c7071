import Extraction

/// Where a native file keeps each edge's evidence. A fresh build (version 1) has one segment, the
/// evidence section, holding edge i's statements as item i. An append (version 2) adds a segment for
/// what it read and keeps the earlier segments byte for byte, so an edge's statements may lie in
/// several items, which the evidence map lists.
struct EvidenceStore: Sendable {
    /// The segments: the evidence section, then those of the segments section in order.
    let segments: [BlockReader]
    /// Where each segment lies in the file, so an append copies it byte for byte.
    let ranges: [Range<Int>]
    /// Per edge, its references (nil in a version-1 file, where edge i is item i of segment 0).
    let map: EvidenceMap?

    /// Reads the segment index and, in a version-2 file, the evidence map, checking that every reference
    /// names an item that exists and the map covers `edgeCount` edges.
    /// - Complexity: O(segments + the map's runs and extras).
    init(file raw: UnsafeRawBufferPointer, sections: [NativeFormat.Section: Range<Int>], edgeCount: Int,
         path: String) throws(GraphError) {
        func cursor(_ range: Range<Int>, _ kind: NativeFormat.Section) -> ByteCursor {
            ByteCursor(UnsafeRawBufferPointer(rebasing: raw[range]), path: path, what: "\(kind) section")
        }
        let first = sections[.evidence] ?? 0..<0
        var firstCursor = cursor(first, .evidence)
        var segments = [try BlockReader(&firstCursor, start: first.lowerBound)], ranges = [first]
        guard let segmentRange = sections[.evidenceSegments], let mapRange = sections[.evidenceMap] else {
            guard segments[0].itemCount == edgeCount else {
                throw GraphError.corruptGraph(path: path, reason: "evidence for \(segments[0].itemCount) edges, not \(edgeCount)")
            }
            self.segments = segments
            self.ranges = ranges
            map = nil
            return
        }
        var table = cursor(segmentRange, .evidenceSegments)
        let count = Int(try table.fixed(UInt32.self))
        _ = try table.fixed(UInt32.self)
        guard count <= (segmentRange.count - 8) / 16 else { throw table.problem("implausible segment count \(count)") }
        for _ in 0..<count {
            let offset = try table.fixed(UInt64.self), length = try table.fixed(UInt64.self)
            guard offset <= UInt64(segmentRange.count), length <= UInt64(segmentRange.count) - offset else {
                throw table.problem("segment \(segments.count) runs past its section")
            }
            let range = (segmentRange.lowerBound + Int(offset))..<(segmentRange.lowerBound + Int(offset + length))
            var segment = cursor(range, .evidenceSegments)
            segments.append(try BlockReader(&segment, start: range.lowerBound))
            ranges.append(range)
        }
        var mapCursor = cursor(mapRange, .evidenceMap)
        let map = try EvidenceMap(&mapCursor, edgeCount: edgeCount, itemCounts: segments.map(\.itemCount))
        self.segments = segments
        self.ranges = ranges
        self.map = map
    }

    /// How many edges the store covers.
    var edgeCount: Int { map?.edgeCount ?? segments[0].itemCount }

    /// The (segment, item) pairs that hold `edge`'s statements.
    func references(of edge: Int) -> [(segment: Int, item: Int)] {
        map?.references(of: edge) ?? [(0, edge)]
    }

    /// The evidence of `edges` (each in range), inflating each block they touch once.
    /// - Complexity: O(blocks touched × block size).
    func evidence(of edges: Set<Int>, in file: UnsafeRawBufferPointer) throws(GraphError) -> [Int: [Evidence]] {
        var wanted = [Set<Int>](repeating: [], count: segments.count)
        for edge in edges { for reference in references(of: edge) { wanted[reference.segment].insert(reference.item) } }
        var items = [[Int: [Evidence]]](repeating: [:], count: segments.count)
        for (segment, reader) in segments.enumerated() where !wanted[segment].isEmpty {
            let blocks = Set(wanted[segment].map { $0 / reader.blockItems }).sorted()
            for block in blocks {
                for found in try reader.decode(block: block, in: file, wanted: { wanted[segment].contains($0) }, ProvenanceCoding.evidence) {
                    items[segment][found.item] = found.value
                }
            }
        }
        var result: [Int: [Evidence]] = [:]
        for edge in edges { result[edge] = Self.union(references(of: edge).map { items[$0.segment][$0.item] ?? [] }) }
        return result
    }

    /// Every edge's evidence, in edge order (a full load).
    /// - Complexity: O(total evidence).
    func all(edgeCount: Int, in file: UnsafeRawBufferPointer) throws(GraphError) -> [[Evidence]] {
        var items: [[[Evidence]]] = []
        for reader in segments {
            var values: [[Evidence]] = []
            values.reserveCapacity(reader.itemCount)
            for block in reader.blocks.indices {
                values += try reader.decode(block: block, in: file, wanted: { _ in true }, ProvenanceCoding.evidence).map(\.value)
            }
            items.append(values)
        }
        guard map != nil else { return items[0] }
        return (0..<edgeCount).map { edge in Self.union(references(of: edge).map { items[$0.segment][$0.item] }) }
    }

    /// The statements of several items as one edge holds them: distinct, in canonical order.
    private static func union(_ parts: [[Evidence]]) -> [Evidence] {
        guard parts.count > 1 else { return parts.first ?? [] }
        var set = EvidenceSet()
        for part in parts { for item in part { set.insert(item) } }
        return set.sorted()
    }
}
