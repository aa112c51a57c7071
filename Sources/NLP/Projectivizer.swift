/// Makes trees projective by lifting non-projective arcs to the head's head (Nivre & Nilsson 2005,
/// without label encoding), so the arc-hybrid oracle can reach them.
enum Projectivizer {
    /// Projective heads for `heads` (sentence-local, -1 for the root).
    /// - Complexity: O(n³) in the worst case, in practice O(n²) for the rare non-projective sentence.
    static func lift(_ heads: [Int]) -> [Int] {
        var heads = heads
        var guardCount = heads.count * heads.count + 1
        while let dependent = shortestNonProjective(heads), guardCount > 0 {
            let head = heads[dependent]
            heads[dependent] = heads[head]
            guardCount -= 1
        }
        return heads
    }

    /// The dependent of the shortest non-projective arc, if any.
    static func shortestNonProjective(_ heads: [Int]) -> Int? {
        var best: Int?
        var bestLength = Int.max
        for dependent in heads.indices {
            let head = heads[dependent]
            guard head >= 0 else { continue }
            let low = min(head, dependent), high = max(head, dependent)
            guard high - low > 1, high - low < bestLength else { continue }
            for between in (low + 1)..<high where !dominates(head, between, heads) {
                best = dependent
                bestLength = high - low
                break
            }
        }
        return best
    }

    /// True if `ancestor` dominates `node` (cycle-safe).
    private static func dominates(_ ancestor: Int, _ node: Int, _ heads: [Int]) -> Bool {
        var current = node
        var steps = 0
        while current >= 0, steps <= heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return false
    }
}
