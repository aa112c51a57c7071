import Foundation

/// Reads a page's JSON-LD (schema.org) block for the article's headline, date, URL, publisher and author.
enum LinkedData {
    /// schema.org types of a news article.
    static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                            "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting",
                                            "Report", "ScholarlyArticle", "SocialMediaPosting"]

    /// The metadata of the first article object in `json`; empty when there is none or the JSON is broken.
    static func metadata(_ json: String) -> ArticleMetadata {
        guard let data = json.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return ArticleMetadata() }
        guard let article = objects(in: value).first(where: isArticle) else { return ArticleMetadata() }
        var metadata = ArticleMetadata()
        metadata.title = Whitespace.nonEmpty(article["headline"] as? String ?? article["name"] as? String)
        metadata.date = (article["datePublished"] as? String).flatMap(ISODate.normalize)
        metadata.url = article["url"] as? String ?? (article["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
            ?? article["mainEntityOfPage"] as? String
        metadata.outlet = Whitespace.nonEmpty(name(of: article["publisher"]))
        metadata.author = Whitespace.nonEmpty(name(of: article["author"]))
        return metadata
    }

    /// Every object in a JSON-LD value, looking into arrays and `@graph`.
    private static func objects(in value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap(objects) }
        guard let object = value as? [String: Any] else { return [] }
        return [object] + (object["@graph"].map(objects) ?? [])
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        return types.contains { articleTypes.contains($0) }
    }

    /// A name: a string, an object's `name`, or the names of an array's members joined by ", ".
    private static func name(of value: Any?) -> String? {
        if let text = value as? String { return text.contains("://") ? nil : text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let array = value as? [Any] {
            let names = array.compactMap { name(of: $0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
