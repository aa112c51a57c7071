/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per `<item>` or `<entry>`, with its title, date,
/// link and text (the fullest of content:encoded, content, description, summary; HTML in them is reduced to text).
enum FeedReader {
    /// Item fields holding the text, fullest first.
    static let textFields = ["content:encoded", "content", "description", "summary", "atom:content", "atom:summary"]
    static let dateFields = ["pubdate", "published", "dc:date", "updated", "issued", "atom:published", "atom:updated", "dcterms:created"]

    /// The articles of the feed `xml`, each named `name#N` by its 1-based position, and the warnings.
    /// - Throws: `IngestError.noArticles` when the feed has no item with text or a title.
    static func articles(in xml: String, name: String) throws(IngestError) -> (articles: [Article], warnings: [String]) {
        let document = MarkupParser.parse(xml, mode: .xml)
        let all = document.descendants
        let items = all.filter { $0.name == "item" || $0.name == "entry" }
        guard !items.isEmpty else { throw .noArticles(name: name, reason: "no <item> or <entry> elements (not an RSS or Atom feed?)") }
        let channel = all.first { $0.name == "channel" || $0.name == "feed" }
        let outlet = channel.flatMap { element in element.children(named: "title").first.map { plainText(of: $0) } }
            .flatMap(Whitespace.nonEmpty)
        var articles: [Article] = [], warnings: [String] = []
        for (index, item) in items.enumerated() {
            var metadata = ArticleMetadata()
            metadata.title = field(["title", "atom:title", "dc:title"], of: item).flatMap { Whitespace.nonEmpty(plainText(of: $0)) }
            metadata.date = dateFields.lazy.compactMap { field([$0], of: item) }.compactMap { ISODate.normalize($0.text) }.first
            metadata.url = link(of: item)
            metadata.outlet = outlet
            metadata.author = field(["dc:creator", "author"], of: item).flatMap { element in
                Whitespace.nonEmpty(element.first("name")?.text ?? element.text)
            }
            let paragraphs = textFields.lazy.compactMap { field([$0], of: item) }.map(paragraphs(of:)).first { !$0.isEmpty } ?? []
            guard !paragraphs.isEmpty || metadata.title != nil else {
                warnings.append("\(name): item \(index + 1) has neither title nor text; skipped")
                continue
            }
            articles.append(ArticleText.item(index + 1, of: name, paragraphs: paragraphs, metadata: metadata))
        }
        guard !articles.isEmpty else { throw .noArticles(name: name, reason: "no item has a title or text") }
        return (articles, warnings)
    }

    /// The first direct child of `item` with one of `names`.
    private static func field(_ names: [String], of item: MarkupElement) -> MarkupElement? {
        for name in names { if let found = item.children(named: name).first { return found } }
        return nil
    }

    /// RSS `<link>` text, else Atom's `<link rel="alternate" href>` (or one without rel), else a permalink guid.
    private static func link(of item: MarkupElement) -> String? {
        for element in item.children(named: "link") + item.children(named: "atom:link") {
            if let text = Whitespace.nonEmpty(element.text) { return text }
            let rel = element.attribute("rel") ?? "alternate"
            if rel == "alternate", let href = Whitespace.nonEmpty(element.attribute("href")) { return href }
        }
        if let guid = item.children(named: "guid").first, guid.attribute("ispermalink") != "false",
           let text = Whitespace.nonEmpty(guid.text), text.hasPrefix("http") {
            return text
        }
        return nil
    }

    /// A field's paragraphs: XHTML children read as a page fragment, escaped or CDATA HTML through the HTML
    /// reader, plain text split at blank lines.
    private static func paragraphs(of element: MarkupElement) -> [String] {
        let hasElements = element.children.contains { if case .element = $0 { return true } else { return false } }
        if hasElements {
            Boilerplate.prune(element)
            return PageText.lines(of: element)
        }
        return ArticleText.paragraphs(ofTextOrHTML: element.children.map { if case let .text(text) = $0 { return text } else { return "" } }.joined())
    }

    /// A title's text: markup in it (Atom `type="html"`) reduced to text.
    private static func plainText(of element: MarkupElement) -> String {
        let raw = element.text
        return Markup.looksLikeMarkup(raw) ? HTMLReader.text(ofFragment: raw).split(separator: "\n").joined(separator: " ") : raw
    }
}
