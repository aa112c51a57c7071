/// What a page, feed item or dump record says about its article; nil where it says nothing.
public struct ArticleMetadata: Sendable, Hashable {
    /// The headline.
    public var title: String?
    /// The publication date as ISO-8601 (`2024-04-12` or `2024-04-12T09:30:00+01:00`).
    public var date: String?
    /// The article's canonical address.
    public var url: String?
    /// The publication's name or domain.
    public var outlet: String?
    /// The byline, kept out of the text.
    public var author: String?

    /// Metadata with the given fields, nil for unknown.
    public init(title: String? = nil, date: String? = nil, url: String? = nil, outlet: String? = nil, author: String? = nil) {
        self.title = title
        self.date = date
        self.url = url
        self.outlet = outlet
        self.author = author
    }

    /// Fills each unknown field from `other`.
    mutating func fill(from other: ArticleMetadata) {
        title = title ?? other.title
        date = date ?? other.date
        url = url ?? other.url
        outlet = outlet ?? other.outlet
        author = author ?? other.author
    }
}
