import Foundation

/// The native file's names section: every node's name and aliases, by a 64-bit hash of the
/// lower-cased form, so a query finds the actors it names with a binary search instead of reading
/// every name into a dictionary.
///
/// Layout: entry count (u64), then entries of 16 bytes sorted by (hash, kind, node): hash (u64),
/// node (u32), kind (u32: 0 a name, 1 an alias). A hash only narrows the search: the reader compares
/// the strings themselves, so collisions cost a comparison, never a wrong answer.
enum NameIndex {
    static let entrySize = 16

    enum Kind: UInt32 {
        case name = 0
        case alias = 1
    }

    /// The hash of an already lower-cased `key`. `String` equality is canonical equivalence (the
    /// graph's name dictionaries use it), so the hash is taken over the canonical decomposition:
    /// equal keys must hash alike whatever their spelling. ASCII is its own decomposition.
    /// - Complexity: O(key length).
    static func hash(_ key: String) -> UInt64 {
        let canonical = key.utf8.allSatisfy { $0 < 0x80 } ? key : key.decomposedStringWithCanonicalMapping
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in canonical.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The section for `nodes` (node ids are their positions).
    /// - Complexity: O(N log N) for N names and aliases.
    static func encode(_ nodes: [KnowledgeGraph.Node]) -> [UInt8] {
        var entries: [(hash: UInt64, kind: UInt32, node: UInt32)] = []
        entries.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            entries.append((hash(node.name.lowercased()), Kind.name.rawValue, UInt32(truncatingIfNeeded: index)))
            for alias in node.aliases {
                entries.append((hash(alias.lowercased()), Kind.alias.rawValue, UInt32(truncatingIfNeeded: index)))
            }
        }
        entries.sort { ($0.hash, $0.kind, $0.node) < ($1.hash, $1.kind, $1.node) }
        var previous: (hash: UInt64, kind: UInt32, node: UInt32)?
        var written = 0
        var body = ByteSink()
        for entry in entries where previous.map({ $0 != entry }) ?? true {
            previous = entry
            body.fixed(entry.hash)
            body.fixed(entry.node)
            body.fixed(entry.kind)
            written += 1
        }
        var sink = ByteSink()
        sink.fixed(UInt64(written))
        sink.bytes += body.bytes
        return sink.bytes
    }

    /// The (node, kind) entries of the section `bytes` whose hash is `hash`.
    /// - Complexity: O(log N).
    static func entries(_ hash: UInt64, in bytes: UnsafeRawBufferPointer) -> [(node: Int, kind: Kind)] {
        guard bytes.count >= 8 else { return [] }
        let count = min(Int(clamping: UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self))), (bytes.count - 8) / entrySize)
        func hashAt(_ index: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 + index * entrySize, as: UInt64.self))
        }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if hashAt(middle) < hash { low = middle + 1 } else { high = middle }
        }
        var found: [(node: Int, kind: Kind)] = []
        while low < count, hashAt(low) == hash {
            let node = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 + low * entrySize + 8, as: UInt32.self))
            let kind = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8 + low * entrySize + 12, as: UInt32.self))
            if let kind = Kind(rawValue: kind) { found.append((Int(node), kind)) }
            low += 1
        }
        return found
    }
}
