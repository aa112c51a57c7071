/// Main-text extraction from a news page: the headline and the article's paragraphs, in order, without
/// the page furniture around them (navigation, cookie banners, share bars, related links, comments,
/// newsletter boxes, bylines), plus the page's metadata.
///
/// The steps: parse forgivingly; drop elements that are never article text and those whose tag, role or
/// class/id marks boilerplate; pick the content block (an `<article>`/`<main>`/article-body block holding
/// most of the paragraph text, else the element densest in paragraph text); then read its blocks,
/// dropping link lists.
public enum HTMLReader {
    /// The article of a whole page.
    /// - Throws: `IngestError.noArticles` when the page has no readable text.
    /// - Complexity: O(n) in the page size, times the nesting depth (bounded by `MarkupParser.maximumDepth`).
    public static func article(fromPage html: String, name: String) throws(IngestError) -> Article {
        let document = MarkupParser.parse(html, mode: .html)
        // Taken before pruning: a headline inside a "hero banner" is still the headline.
        let headline = ContentBlock.headline(in: document)
        var metadata = PageMetadata.read(document, headline: headline)
        if let byline = Boilerplate.byline(in: document), metadata.author == nil { metadata.author = byline }
        Boilerplate.prune(document)
        let root = ContentBlock.choose(in: document)
        var lines = PageText.lines(of: root)
        // Many sites put the headline above the article body, outside the block chosen for its paragraphs.
        if let headline, !lines.contains(headline) { lines.insert(headline, at: 0) }
        guard !lines.isEmpty else { throw .noArticles(name: name, reason: "the page has no readable text") }
        if metadata.title == nil { metadata.title = lines.first }
        return Article(name: name, text: lines.joined(separator: "\n") + "\n", metadata: metadata)
    }

    /// The text of an HTML fragment (a feed item's description or content), boilerplate removed, one paragraph a line.
    public static func text(ofFragment html: String) -> String {
        let document = MarkupParser.parse(html, mode: .html)
        Boilerplate.prune(document)
        return PageText.lines(of: document).joined(separator: "\n")
    }
}
