/// A node of a parsed page or feed: an element with its children, or a run of text (entities decoded).
enum MarkupNode {
    case element(MarkupElement)
    case text(String)
}

/// An element: lower-cased name, attributes in source order (first of a repeated name wins), children.
final class MarkupElement {
    let name: String
    let attributes: [(name: String, value: String)]
    var children: [MarkupNode] = []
    weak var parent: MarkupElement?

    init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
    }

    /// The value of attribute `name`, if present.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Every descendant element in document order, without recursion, so deep pages cannot overflow the stack.
    var descendants: [MarkupElement] {
        var result: [MarkupElement] = []
        var stack: [MarkupElement] = [self]
        while let element = stack.popLast() {
            if element !== self { result.append(element) }
            for child in element.children.reversed() {
                if case let .element(inner) = child { stack.append(inner) }
            }
        }
        return result
    }

    /// The first descendant named `name`.
    func first(_ name: String) -> MarkupElement? { descendants.first { $0.name == name } }

    /// Every direct child element named `name`.
    func children(named name: String) -> [MarkupElement] {
        children.compactMap { node in
            if case let .element(element) = node, element.name == name { return element }
            return nil
        }
    }

    /// All text below, whitespace collapsed and trimmed.
    var text: String {
        var out = ""
        var stack: [MarkupNode] = children.reversed()
        while let node = stack.popLast() {
            switch node {
            case let .text(text): out += text
            case let .element(element):
                out += " "
                stack.append(contentsOf: element.children.reversed())
            }
        }
        return Whitespace.collapse(out)
    }

    /// True when `ancestor` is this element or above it.
    func isInside(_ ancestor: MarkupElement) -> Bool {
        var node: MarkupElement? = self
        while let current = node {
            if current === ancestor { return true }
            node = current.parent
        }
        return false
    }
}
