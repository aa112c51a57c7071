/// Chooses the element that holds a page's article.
enum ContentBlock {
    /// Joined class/id phrases of article-body blocks.
    static let bodyPhrases: Set<String> = ["articlebody", "storybody", "entrycontent", "postcontent", "articlecontent",
                                           "storycontent", "postbody", "articletext", "storytext", "bodytext"]

    /// The page's headline: its first `<h1>` outside navigation and other furniture.
    static func headline(in document: MarkupElement) -> String? {
        for element in document.descendants where element.name == "h1" {
            var node = element.parent, furniture = false
            while let current = node {
                if Boilerplate.isAlwaysDropped(current) { furniture = true }
                node = current.parent
            }
            let text = element.text
            if !furniture, !text.isEmpty { return text }
        }
        return nil
    }

    /// The content block: the deepest `<article>`, `<main>` or article-body element holding nearly as much
    /// paragraph text as the best of them, when they hold at least half the page's; otherwise the element
    /// densest in direct paragraph text, widened to its parent while that adds much more paragraph text.
    static func choose(in document: MarkupElement) -> MarkupElement {
        let paragraphs = ParagraphText(document)
        let total = paragraphs.length(of: document)
        guard total > 0 else { return document.first("body") ?? document }
        let elements = document.descendants
        let candidates = elements.filter(isContentCandidate)
        let best = candidates.map(paragraphs.length).max() ?? 0
        if best * 2 >= total {
            var chosen: MarkupElement?, chosenDepth = -1
            for candidate in candidates where paragraphs.length(of: candidate) * 10 >= best * 9 {
                let depth = self.depth(of: candidate)
                if depth > chosenDepth { chosen = candidate; chosenDepth = depth }
            }
            if let chosen { return chosen }
        }
        var scores: [ObjectIdentifier: Int] = [:]
        var top: MarkupElement?, topScore = 0
        for element in elements where element.name == "p" {
            let length = paragraphs.length(of: element)
            guard let parent = element.parent else { continue }
            for (ancestor, share) in [(parent, 2), (parent.parent, 1)] {
                guard let ancestor else { continue }
                let score = scores[ObjectIdentifier(ancestor), default: 0] + length * share
                scores[ObjectIdentifier(ancestor)] = score
                if score > topScore { top = ancestor; topScore = score }
            }
        }
        guard var chosen = top else { return document }
        // An article body split into several blocks (around an advert, say) lives in their common parent.
        while let parent = chosen.parent, parent !== document, paragraphs.length(of: parent) * 4 >= paragraphs.length(of: chosen) * 5 {
            chosen = parent
        }
        return chosen
    }

    private static func isContentCandidate(_ element: MarkupElement) -> Bool {
        if element.name == "article" || element.name == "main" { return true }
        if element.attribute("role")?.lowercased() == "main" { return true }
        if element.attribute("itemprop")?.lowercased() == "articlebody" { return true }
        let compact = Boilerplate.compactClass(element)
        return bodyPhrases.contains { compact.contains($0) }
    }

    private static func depth(of element: MarkupElement) -> Int {
        var depth = 0, node = element.parent
        while let current = node { depth += 1; node = current.parent }
        return depth
    }
}
