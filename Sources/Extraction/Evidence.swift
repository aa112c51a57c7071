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
    // The event time is what the sentence itself states ("in February"), resolved against `date`; unknown
    // stays nil, so evidence of undated sentences encodes exactly as before.
    /// The first day of the time the sentence states, ISO-8601 (`YYYY-MM-DD`).
    public var eventStart: String?
    /// The last day (inclusive) of the time the sentence states, ISO-8601; equal to `eventStart` for one day.
    public var eventEnd: String?
    /// The words that state the time, as written ("in February", "last week").
    public var eventPhrase: String?
    // What an imported triple file said beyond the known columns (`build --triples` with a `desk` or
    // `confidence_model` column): kept per statement, because one edge merges rows that may differ; nil
    // when there was nothing, so other evidence encodes exactly as before.
    /// Extra columns of an imported triple, by column name.
    public var attributes: [String: String]?

    // The event keys are spelt as the `extract` columns, so one name means one thing in every output.
    enum CodingKeys: String, CodingKey {
        case document, sentence, text, start, end, title, date, url, outlet
        case eventStart = "event_start", eventEnd = "event_end", eventPhrase = "event_phrase"
        case attributes
    }

    public init(document: String, sentence: Int, text: String, start: Int, end: Int,
                title: String? = nil, date: String? = nil, url: String? = nil, outlet: String? = nil,
                eventStart: String? = nil, eventEnd: String? = nil, eventPhrase: String? = nil,
                attributes: [String: String]? = nil) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
        self.title = title
        self.date = date
        self.url = url
        self.outlet = outlet
        self.eventStart = eventStart
        self.eventEnd = eventEnd
        self.eventPhrase = eventPhrase
        self.attributes = attributes.flatMap { $0.isEmpty ? nil : $0 }
    }
}
