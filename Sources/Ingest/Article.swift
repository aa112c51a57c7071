/// One news article read from a file: its document name, its text and what the file said about it.
public struct Article: Sendable, Hashable {
    /// The document name: the path for a one-article file; `path#N` for a feed's Nth item, a JSON array's Nth
    /// object, or the object on line N of a JSON Lines dump (all 1-based).
    public var name: String
    /// The article's text, one paragraph a line, the headline first when the source has one.
    public var text: String
    /// Title, date, URL, outlet and author, each nil when the source does not say.
    public var metadata: ArticleMetadata

    /// An article named `name` with `text` and what is known about it.
    public init(name: String, text: String, metadata: ArticleMetadata = ArticleMetadata()) {
        self.name = name
        self.text = text
        self.metadata = metadata
    }
}
