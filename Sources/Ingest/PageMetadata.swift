import Foundation

/// Reads a page's title, date, canonical URL, outlet and author from its `<head>`, `<time>` and JSON-LD.
enum PageMetadata {
    /// Meta names and properties that hold the publication date, most specific first.
    static let dateKeys = ["article:published_time", "og:published_time", "article.published", "datepublished", "pubdate",
                           "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
                           "date"]

    /// The metadata of a parsed page (read before any pruning: most of it lives in elements pruning drops);
    /// `headline` is the title when no meta tag gives one.
    static func read(_ document: MarkupElement, headline: String?) -> ArticleMetadata {
        var metas: [String: String] = [:]
        var canonical: String?, pageTitle: String?, timeStamp: String?
        var linked = ArticleMetadata()
        for element in document.descendants {
            switch element.name {
            case "meta":
                guard let content = Whitespace.nonEmpty(element.attribute("content")) else { continue }
                for key in [element.attribute("property"), element.attribute("name"), element.attribute("itemprop")].compactMap({ $0 }) {
                    let key = key.lowercased()
                    if metas[key] == nil { metas[key] = content }
                }
            case "link" where element.attribute("rel")?.lowercased().split(separator: " ").contains("canonical") == true:
                canonical = canonical ?? Whitespace.nonEmpty(element.attribute("href"))
            case "title" where pageTitle == nil:
                pageTitle = Whitespace.nonEmpty(element.text)
            case "time" where timeStamp == nil:
                timeStamp = Whitespace.nonEmpty(element.attribute("datetime"))
            case "script" where element.attribute("type")?.lowercased() == "application/ld+json":
                linked.fill(from: LinkedData.metadata(element.text))
            default: break
            }
        }
        var metadata = ArticleMetadata()
        metadata.title = metas["og:title"] ?? metas["twitter:title"] ?? linked.title ?? metas["headline"]
        metadata.date = (dateKeys.compactMap { metas[$0] } + [linked.date, timeStamp].compactMap { $0 })
            .lazy.compactMap(ISODate.normalize).first
        metadata.url = canonical ?? metas["og:url"] ?? linked.url
        metadata.outlet = metas["og:site_name"] ?? linked.outlet ?? metas["application-name"] ?? metadata.url.flatMap(host)
        metadata.title = metadata.title ?? headline ?? pageTitle.map { withoutSiteName($0, outlet: metadata.outlet) }
        metadata.author = metas["author"] ?? linked.author ?? metas["article:author"].flatMap { $0.contains("://") ? nil : $0 }
        return metadata
    }

    /// A `<title>` without the " – Site Name" or " | Site Name" that sites append.
    static func withoutSiteName(_ title: String, outlet: String?) -> String {
        guard let outlet else { return title }
        for separator in [" – ", " — ", " | ", " - ", " :: ", " · "] where title.hasSuffix(separator + outlet) {
            return String(title.dropLast(separator.count + outlet.count))
        }
        return title
    }

    /// The host of a URL without "www.", as an outlet name of last resort.
    static func host(_ url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
