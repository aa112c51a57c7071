/// Which keys of a JSON dump record hold each article field, tried in order; `a.b` looks inside objects.
/// The defaults cover news-please / CC-News, NewsAPI-style and most crawler schemas.
public struct JSONFields: Sendable, Equatable {
    /// Keys of the article text (HTML in it is reduced to text).
    public var text = ["maintext", "text", "content", "body", "article", "description"]
    /// Keys of the headline.
    public var title = ["title", "headline"]
    /// Keys of the publication date (normalised to ISO-8601).
    public var date = ["date_publish", "date", "published", "published_at", "publishedAt", "pubDate", "datePublished"]
    /// Keys of the article URL.
    public var url = ["url", "link", "canonical_url"]
    /// Keys of the outlet (an object there gives its `name`).
    public var outlet = ["source_domain", "outlet", "source.name", "source", "site_name", "domain", "publisher"]

    /// The field names a `field=key` setting may name.
    public static let fieldNames = ["text", "title", "date", "url", "outlet"]

    /// The default keys.
    public init() {}

    /// The defaults with each `field=key` setting put first for its field (`text=body`, `outlet=site.name`).
    /// - Throws: `IngestError.badFieldSetting` for a setting without `=` or with an unknown field.
    public init(settings: [String]) throws(IngestError) {
        self.init()
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { throw .badFieldSetting(setting) }
            switch parts[0] {
            case "text": text.insert(parts[1], at: 0)
            case "title": title.insert(parts[1], at: 0)
            case "date": date.insert(parts[1], at: 0)
            case "url": url.insert(parts[1], at: 0)
            case "outlet": outlet.insert(parts[1], at: 0)
            default: throw .badFieldSetting(setting)
            }
        }
    }
}
