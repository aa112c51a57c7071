extension KnowledgeGraph {
    /// The canonical names of the actors closest to `name`, best first.
    ///
    /// Candidates are every node name and alias. A candidate qualifies when it starts with or
    /// contains the query (or the reverse), or when its edit distance is small for its length.
    /// Ranking: prefix matches, then substring matches, then by edit distance, longer shared
    /// prefix, shorter name, and name — so ties always break the same way.
    /// - Complexity: O(N · q · c) over N names and aliases of length c, for a query of length q.
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        let query = Array(name.trimmingSpaces.lowercased().unicodeScalars)
        guard !query.isEmpty, limit > 0 else { return [] }
        var best: [NodeID: SuggestionRank] = [:]
        for node in nodes {
            for candidate in [node.name] + node.aliases {
                guard let rank = SuggestionRank(query: query, candidate: candidate, canonical: node.name) else { continue }
                if let current = best[node.id], current <= rank { continue }
                best[node.id] = rank
            }
        }
        return best.values.sorted().prefix(limit).map(\.canonical)
    }
}

/// How well one name matches a mistyped query; smaller is better.
struct SuggestionRank: Comparable, Sendable {
    /// 0: the candidate starts with the query or the query with it; 1: one contains the other; 2: edit distance only.
    let kind: Int
    let distance: Int
    let sharedPrefix: Int
    let canonical: String

    /// Nil when `candidate` is too far from `query` to be worth suggesting.
    init?(query: [Unicode.Scalar], candidate: String, canonical: String) {
        let other = Array(candidate.lowercased().unicodeScalars)
        guard !other.isEmpty else { return nil }
        let shorter = min(query.count, other.count)
        let prefix = zip(query, other).prefix { $0 == $1 }.count
        distance = SuggestionRank.editDistance(query, other)
        sharedPrefix = prefix
        self.canonical = canonical
        if prefix == shorter, shorter >= 2 {
            kind = 0
        } else if shorter >= 3, SuggestionRank.contains(other, query) || SuggestionRank.contains(query, other) {
            kind = 1
        } else if distance <= max(1, max(query.count, other.count) / 2), distance < max(query.count, other.count) {
            kind = 2
        } else {
            return nil
        }
    }

    static func < (lhs: SuggestionRank, rhs: SuggestionRank) -> Bool {
        (lhs.kind, lhs.distance, -lhs.sharedPrefix, lhs.canonical.count, lhs.canonical)
            < (rhs.kind, rhs.distance, -rhs.sharedPrefix, rhs.canonical.count, rhs.canonical)
    }

    /// True when `needle` occurs contiguously in `haystack`.
    static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    /// - Complexity: O(a · b) time, O(b) space.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
