import Extraction

extension KnowledgeGraph {
    /// The names of the attributes any statement's evidence carries (columns of an imported triple file
    /// beyond the known ones), sorted, so every export declares the same columns in the same order.
    /// - Complexity: O(total evidence).
    public var evidenceAttributeNames: [String] {
        var names = Set<String>()
        for edge in edges {
            for evidence in edge.evidence { if let keys = evidence.attributes?.keys { names.formUnion(keys) } }
        }
        return names.sorted()
    }
}
