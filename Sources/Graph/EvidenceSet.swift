import Extraction

/// The distinct statements of one regrouped edge, in canonical order when read.
///
/// Most edges of a large graph are stated once: holding that one statement inline spares a hashed
/// set (an allocation and a hash of every field) per edge; a second distinct statement moves both
/// into a set, so the result is the set's, sorted, exactly as before.
struct EvidenceSet {
    private var single: Evidence?
    private var many: Set<Evidence> = []

    mutating func insert(_ item: Evidence) {
        if let only = single {
            guard only != item else { return }
            many = [only, item]
            single = nil
        } else if many.isEmpty {
            single = item
        } else {
            many.insert(item)
        }
    }

    /// The statements sorted by `Evidence.canonicallyPrecedes`.
    func sorted() -> [Evidence] {
        if let single { return [single] }
        return many.sorted(by: Evidence.canonicallyPrecedes)
    }
}
