/// Which parts of a page are never article text, by tag, role, visibility and class/id words.
enum Boilerplate {
    /// Elements that are never article text.
    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "iframe", "svg", "button", "select",
        "textarea", "canvas", "object", "embed", "head", "figcaption", "dialog", "menu", "video", "audio", "picture", "map",
    ]
    /// ARIA roles of page furniture.
    static let droppedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
    ]
    /// Class/id words (after splitting on `-`, `_`, spaces and camelCase) that mark boilerplate.
    static let words: Set<String> = [
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor", "sponsored", "promo", "promotion",
        "cookie", "cookies", "consent", "gdpr", "privacy", "related", "share", "sharing", "social", "sharebar", "comment",
        "comments", "disqus", "newsletter", "newsletters", "subscribe", "subscription", "signup", "byline", "author",
        "authors", "bio", "sidebar", "breadcrumb", "breadcrumbs", "tags", "tag", "topics", "menu", "nav", "navbar",
        "navigation", "footer", "masthead", "meta", "modal", "popup", "overlay", "widget", "toolbar", "tools", "caption",
        "credit", "credits", "timestamp", "dateline", "date", "dates", "pubdate", "recommended", "recommendations", "trending", "popular", "outbrain",
        "taboola", "paywall", "banner", "skip", "print", "follow", "donate", "login", "alert", "teaser", "teasers", "more",
    ]
    /// Joined class/id phrases that mark boilerplate even though their words alone do not.
    static let phrases = ["readmore", "readnext", "mostread", "youmaylike", "alsoread", "sronly", "visuallyhidden", "screenreader",
                          "seealso", "editorspicks", "moreon"]
    /// Class/id words of a content wrapper: an element with one of these that holds most of the page's
    /// paragraphs is kept even when another of its words sounds like boilerplate ("content-with-sidebar").
    static let contentWords: Set<String> = ["article", "body", "content", "main", "story", "text", "post", "entry"]

    /// Removes every boilerplate element from `document`, in place.
    /// - Complexity: O(n · depth) for the paragraph counts, then O(n).
    static func prune(_ document: MarkupElement) {
        removeAll(in: document) { isAlwaysDropped($0) }
        let paragraphs = ParagraphText(document)
        let total = paragraphs.length(of: document)
        removeAll(in: document) { element in
            let tokens = classTokens(element)
            guard isBoilerplate(tokens) else { return false }
            let holdsArticle = total > 0 && paragraphs.length(of: element) * 2 > total && !tokens.isDisjoint(with: contentWords)
            return !holdsArticle
        }
    }

    /// True for elements dropped whatever they contain: tags, roles, hidden ones.
    static func isAlwaysDropped(_ element: MarkupElement) -> Bool {
        if droppedElements.contains(element.name) { return true }
        if let role = element.attribute("role")?.lowercased(), droppedRoles.contains(role) { return true }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden")?.lowercased() == "true" { return true }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        return false
    }

    /// True when the class/id words name boilerplate.
    static func isBoilerplate(_ tokens: Set<String>) -> Bool {
        if !tokens.isDisjoint(with: words) { return true }
        let joined = tokens.sorted().joined()
        return phrases.contains { joined.contains($0) }
    }

    /// The lower-cased words of an element's class and id: split on non-letters and camelCase humps.
    static func classTokens(_ element: MarkupElement) -> Set<String> {
        var tokens: Set<String> = []
        for value in [element.attribute("class"), element.attribute("id")].compactMap({ $0 }) {
            var word = ""
            var previousLower = false
            for character in value {
                if character.isLetter || character.isNumber {
                    if character.isUppercase, previousLower, !word.isEmpty {
                        tokens.insert(word.lowercased())
                        word = ""
                    }
                    word.append(character)
                    previousLower = character.isLowercase
                } else {
                    if !word.isEmpty { tokens.insert(word.lowercased()) }
                    word = ""
                    previousLower = false
                }
            }
            if !word.isEmpty { tokens.insert(word.lowercased()) }
            // The whole value too, for "sharebar", "relatedlinks" style names written as one word.
            let compact = value.lowercased().filter { $0.isLetter }
            if !compact.isEmpty, compact.count <= 40 { tokens.insert(compact) }
        }
        return tokens
    }

    /// The letters of an element's class and id, lower-cased and run together ("article-body__content" → "articlebodycontent").
    static func compactClass(_ element: MarkupElement) -> String {
        ((element.attribute("class") ?? "") + " " + (element.attribute("id") ?? "")).lowercased().filter { $0.isLetter }
    }

    /// The byline's text without its "By ", from an element whose class/id says byline or author.
    static func byline(in document: MarkupElement) -> String? {
        for element in document.descendants {
            let tokens = classTokens(element)
            guard tokens.contains("byline") || tokens.contains("author") || element.attribute("rel") == "author" else { continue }
            var text = element.text
            for prefix in ["By ", "by ", "BY "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
            if !text.isEmpty, text.count <= 120 { return text }
        }
        return nil
    }

    /// Removes, below `root`, every element for which `drop` is true (without looking inside it).
    private static func removeAll(in root: MarkupElement, where drop: (MarkupElement) -> Bool) {
        var stack = [root]
        while let element = stack.popLast() {
            element.children.removeAll { node in
                guard case let .element(child) = node else { return false }
                return drop(child)
            }
            for case let .element(child) in element.children { stack.append(child) }
        }
    }
}
