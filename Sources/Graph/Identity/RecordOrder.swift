import Extraction

/// Sorts (node, record) pairs by record, then node, as `ActorRecord.<` orders them, without
/// comparing strings in the sort itself.
///
/// A build sorts millions of records, and comparing two records by their strings (each compare
/// retaining and releasing both records' fields) was most of `canonicalized()`'s time. The document
/// and the name decide almost every comparison, so each distinct document and name is ranked once
/// (ranks follow `String.<`, and canonically equal spellings share a rank, as `String.==` has them
/// equal); only pairs equal in document, name and type fall back to the full comparison.
enum RecordOrder {
    /// `entries` sorted by `(record, node)`; the same order as sorting them with `ActorRecord.<`.
    /// - Complexity: O(R log R) integer comparisons for R records, plus ranking the distinct strings.
    static func sorted(_ entries: [(node: NodeID, record: ActorRecord)]) -> [(node: NodeID, record: ActorRecord)] {
        let documents = ranks(entries.lazy.map(\.record.document))
        let names = ranks(entries.lazy.map(\.record.name))
        // Per entry: document rank, name rank and type packed into one word (ranks below 2^28 each).
        let packable = documents.count < 1 << 28 && names.count < 1 << 28
        var packed: [UInt64] = []
        packed.reserveCapacity(entries.count)
        for entry in entries {
            let document = UInt64(documents[entry.record.document] ?? 0), name = UInt64(names[entry.record.name] ?? 0)
            let type = UInt64(typeOrder.firstIndex(of: entry.record.type) ?? 0)
            packed.append(packable ? document << 36 | name << 8 | type : 0)
        }
        let order = entries.indices.sorted { left, right in
            if packed[left] != packed[right] { return packed[left] < packed[right] }
            let lhs = entries[left], rhs = entries[right]
            return lhs.record < rhs.record || (lhs.record == rhs.record && lhs.node < rhs.node)
        }
        return order.map { entries[$0] }
    }

    /// The types in `EntityType.<` order.
    private static let typeOrder = EntityType.allCases.sorted()

    /// Each distinct string's rank in `String.<` order.
    private static func ranks(_ strings: some Sequence<String>) -> [String: Int] {
        var seen = Set<String>()
        for text in strings { seen.insert(text) }
        var rank: [String: Int] = [:]
        rank.reserveCapacity(seen.count)
        for (index, text) in seen.sorted().enumerated() { rank[text] = index }
        return rank
    }
}
