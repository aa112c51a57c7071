/// Union-find over actor records, refusing any union that would put two keys of a `!distinct`
/// pair into one class.
struct IdentityClasses {
    private var parent: [Int]
    /// Keys named by `!distinct` lines that each class holds; empty for almost every class.
    private var guarded: [Int: Set<String>] = [:]
    private let forbidden: [String: Set<String>]

    init(count: Int, distinct: [(String, String)]) {
        parent = Array(0..<count)
        var forbidden: [String: Set<String>] = [:]
        for (left, right) in distinct where left != right {
            forbidden[left, default: []].insert(right)
            forbidden[right, default: []].insert(left)
        }
        self.forbidden = forbidden
    }

    /// The representative of `index`'s class.
    /// - Complexity: amortised nearly O(1).
    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var current = index
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    /// Joins the classes of `a` and `b` unless a `!distinct` pair forbids it; the smaller index
    /// stays the representative, so the outcome does not depend on argument order.
    mutating func union(_ a: Int, _ b: Int, keys: [[IdentityRules.Key]]) {
        let rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return }
        if !forbidden.isEmpty {
            let left = guardedKeys(rootA, keys: keys), right = guardedKeys(rootB, keys: keys)
            for key in left where !(forbidden[key] ?? []).isDisjoint(with: right) { return }
            guarded[min(rootA, rootB)] = left.union(right)
        }
        parent[max(rootA, rootB)] = min(rootA, rootB)
    }

    private func guardedKeys(_ root: Int, keys: [[IdentityRules.Key]]) -> Set<String> {
        if let known = guarded[root] { return known }
        return Set(keys[root].map(\.value).filter { forbidden[$0] != nil })
    }
}
