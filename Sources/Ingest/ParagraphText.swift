/// How much paragraph text (`<p>` elements) lies below each element: the measure of where an article's body is.
struct ParagraphText {
    private var lengths: [ObjectIdentifier: Int] = [:]

    /// Counts every `<p>` below `root` towards each of its ancestors up to `root`.
    /// - Complexity: O(n · depth).
    init(_ root: MarkupElement) {
        for element in root.descendants where element.name == "p" {
            let length = element.text.count
            var node: MarkupElement? = element
            while let current = node {
                lengths[ObjectIdentifier(current), default: 0] += length
                if current === root { break }
                node = current.parent
            }
        }
    }

    /// The characters of paragraph text below `element` (its own, when it is a `<p>`).
    func length(of element: MarkupElement) -> Int { lengths[ObjectIdentifier(element)] ?? 0 }
}
