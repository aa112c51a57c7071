/// Where a triple was read: the document, the sentence and its character offsets, and what the source
/// said about the document (title, date, URL, outlet) when it said anything.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's name (its path, `path#N` for the Nth item of a feed or dump, or "-" for stdin).
    public var document: String
    /// The 0-based sentence index within the document.
    public var sentence: Int
    /// The sentence text.
    public var text: String
    /// Start offset of the sentence in the document, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of the sentence in the document, in Unicode scalars.
    public var end: Int
    // The metadata is optional so graphs saved before it existed still load, and a graph without it
    // encodes exactly as before (nil fields are left out of the JSON).
    /// The document's headline.
    public var title: String?
    /// The document's publication date, ISO-8601.
    public var date: String?
    /// The document's URL.
    public var url: String?
    /// The publication the document comes from.
    public var outlet: String?

    public init(document: String, sentence: Int, text: String, start: Int, end: Int,
                title: String? = nil, date: String? = nil, url: String? = nil, outlet: String? = nil) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
        self.title = title
        self.date = date
        self.url = url
        self.outlet = outlet
    }
}
