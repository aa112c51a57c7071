/// Reads the text blocks of an element: one line per paragraph, heading or list item, in document order,
/// without link lists and stray labels.
struct PageText {
    /// Elements that end the paragraph before them and start a new one.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "article", "section",
        "blockquote", "header", "main", "figure", "pre", "hr", "body", "html", "address", "center", "details", "summary", "td", "th",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    /// Whole lines that are labels of page furniture rather than text.
    static let labels: Set<String> = [
        "advertisement", "advert", "sponsored", "sponsored content", "share", "share this", "share this article", "read more",
        "comments", "related", "related articles", "related stories", "continue reading", "story continues below advertisement",
        "skip to content", "loading...", "tweet", "email", "print",
    ]

    private struct Block {
        var text = ""
        var linkText = 0
        var isHeading = false
    }

    private var blocks: [Block] = []
    private var current = Block()

    /// The lines of `root`'s text.
    static func lines(of root: MarkupElement) -> [String] {
        var reader = PageText()
        reader.read(root, headingsOnly: false, inLink: false)
        reader.flush()
        return reader.blocks.compactMap { block in
            let line = Whitespace.collapse(block.text)
            guard !line.isEmpty, !labels.contains(line.lowercased()) else { return nil }
            // WordPress feeds end every item with this credit line.
            if line.hasPrefix("The post "), line.contains(" appeared first on ") { return nil }
            let linkShare = Double(block.linkText) / Double(max(1, line.count))
            // A line that is mostly links is a list of other stories, not this one's text.
            if !block.isHeading, linkShare > 0.6 { return nil }
            return line
        }
    }

    /// `headingsOnly` holds inside a header: only its headline is article text, the rest (bylines,
    /// dates, kickers) is metadata.
    private mutating func read(_ element: MarkupElement, headingsOnly: Bool, inLink: Bool) {
        for child in element.children {
            switch child {
            case let .text(text):
                guard !headingsOnly else { continue }
                current.text += text
                if inLink { current.linkText += text.filter { !$0.isWhitespace }.count }
            case let .element(inner):
                if inner.name == "br" {
                    flush()
                    continue
                }
                let heading = Self.headings.contains(inner.name)
                let header = inner.name == "header" || Boilerplate.classTokens(inner).contains("header")
                let block = Self.blockElements.contains(inner.name)
                if block || heading { flush() }
                if heading { current.isHeading = true }
                read(inner, headingsOnly: (headingsOnly || header) && !heading, inLink: inLink || inner.name == "a")
                if block || heading { flush() }
            }
        }
    }

    private mutating func flush() {
        if !current.text.isEmpty { blocks.append(current) }
        current = Block()
    }
}
