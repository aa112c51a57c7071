/// Where each edge's evidence items lie in a version-2 file: runs of edges whose first items follow one
/// another in one segment (an append keeps the file's edge order nearly whole, so a million edges take a
/// few runs), and the further items of edges that have several.
///
/// Section layout: edge count (u64); run count (u64), then per run its first edge (u32), length (u32) and
/// first reference (u64); extra count (u64), then per extra its edge (u32), reserved (u32) and reference
/// (u64), sorted by edge. A reference is segment << 40 | item. The runs cover every edge once, in order.
struct EvidenceMap: Sendable {
    private let runStarts: [UInt32]
    private let runReferences: [UInt64]
    private let extraEdges: [UInt32]
    private let extraReferences: [UInt64]
    let edgeCount: Int

    /// Bits of a reference that hold the item; the segment is above them.
    static let itemBits: UInt64 = 40

    /// A reference as stored.
    static func packed(segment: Int, item: Int) -> UInt64 { UInt64(segment) << itemBits | UInt64(item) }

    private static func unpacked(_ reference: UInt64) -> (segment: Int, item: Int) {
        (Int(reference >> itemBits), Int(reference & ((1 << itemBits) - 1)))
    }

    /// The references of `edge`, as (segment, item).
    /// - Complexity: O(log runs + the edge's extras).
    func references(of edge: Int) -> [(segment: Int, item: Int)] {
        // The last run starting at or before `edge`.
        var low = 0, high = runStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(runStarts[middle]) <= edge { low = middle } else { high = middle }
        }
        var found = [Self.unpacked(runReferences[low] + UInt64(edge - Int(runStarts[low])))]
        var slot = Self.lowerBound(extraEdges, edge)
        while slot < extraEdges.count, Int(extraEdges[slot]) == edge {
            found.append(Self.unpacked(extraReferences[slot]))
            slot += 1
        }
        return found
    }

    private static func lowerBound(_ values: [UInt32], _ target: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if Int(values[middle]) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Reads the section, checking that the runs cover `edgeCount` edges in order and that every reference
    /// names an item that exists (`itemCounts` per segment).
    /// - Complexity: O(runs + extras).
    init(_ cursor: inout ByteCursor, edgeCount: Int, itemCounts: [Int]) throws(GraphError) {
        guard Int(clamping: try cursor.fixed(UInt64.self)) == edgeCount else { throw cursor.problem("it does not cover \(edgeCount) edges") }
        let runCount = Int(clamping: try cursor.fixed(UInt64.self))
        guard runCount <= edgeCount else { throw cursor.problem("\(runCount) runs for \(edgeCount) edges") }
        var starts: [UInt32] = [], references: [UInt64] = []
        starts.reserveCapacity(runCount)
        references.reserveCapacity(runCount)
        var next = 0
        func check(_ reference: UInt64, count: Int) throws(GraphError) {
            let (segment, item) = Self.unpacked(reference)
            guard segment < itemCounts.count, count <= itemCounts[segment], item <= itemCounts[segment] - count else {
                throw cursor.problem("a reference to items \(item)..<\(item + count) of segment \(segment) that do not exist")
            }
        }
        for _ in 0..<runCount {
            let first = Int(try cursor.fixed(UInt32.self)), length = Int(try cursor.fixed(UInt32.self))
            let reference = try cursor.fixed(UInt64.self)
            guard first == next, length >= 1 else { throw cursor.problem("its runs do not cover the edges in order") }
            try check(reference, count: length)
            starts.append(UInt32(first))
            references.append(reference)
            next += length
        }
        guard next == edgeCount else { throw cursor.problem("its runs cover \(next) of \(edgeCount) edges") }
        let extraCount = Int(clamping: try cursor.fixed(UInt64.self))
        guard extraCount <= (cursor.bytes.count - cursor.offset) / 16 else { throw cursor.problem("\(extraCount) extra references overrun it") }
        var extraEdges: [UInt32] = [], extraReferences: [UInt64] = []
        extraEdges.reserveCapacity(extraCount)
        extraReferences.reserveCapacity(extraCount)
        for _ in 0..<extraCount {
            let edge = try cursor.fixed(UInt32.self)
            _ = try cursor.fixed(UInt32.self)
            let reference = try cursor.fixed(UInt64.self)
            guard Int(edge) < edgeCount, extraEdges.last.map({ $0 <= edge }) ?? true else {
                throw cursor.problem("its extra references are out of order")
            }
            try check(reference, count: 1)
            extraEdges.append(edge)
            extraReferences.append(reference)
        }
        guard cursor.isAtEnd else { throw cursor.problem("stray bytes after its references") }
        runStarts = starts
        runReferences = references
        self.extraEdges = extraEdges
        self.extraReferences = extraReferences
        self.edgeCount = edgeCount
    }

    /// The section for edges whose references are `references[offsets[e]..<offsets[e + 1]]`, each edge
    /// with at least one.
    /// - Complexity: O(references).
    static func encoded(offsets: [UInt32], references: [UInt64]) -> [UInt8] {
        let edgeCount = offsets.count - 1
        var runs: [(first: Int, length: Int, reference: UInt64)] = []
        var extras = ByteSink(), extraCount = 0
        for edge in 0..<edgeCount {
            let slots = Int(offsets[edge])..<Int(offsets[edge + 1])
            guard let first = slots.first else { continue }
            if let last = runs.last, last.first + last.length == edge,
               last.reference >> itemBits == references[first] >> itemBits, last.reference + UInt64(last.length) == references[first] {
                runs[runs.count - 1].length += 1
            } else {
                runs.append((edge, 1, references[first]))
            }
            for slot in slots.dropFirst() {
                extras.fixed(UInt32(edge))
                extras.fixed(UInt32(0))
                extras.fixed(references[slot])
                extraCount += 1
            }
        }
        var sink = ByteSink()
        sink.fixed(UInt64(edgeCount))
        sink.fixed(UInt64(runs.count))
        for run in runs {
            sink.fixed(UInt32(run.first))
            sink.fixed(UInt32(run.length))
            sink.fixed(run.reference)
        }
        sink.fixed(UInt64(extraCount))
        sink.bytes.append(contentsOf: extras.bytes)
        return sink.bytes
    }
}
