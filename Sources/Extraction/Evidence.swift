/// Where a triple was read: the document, the sentence and its character offsets.
public struct Evidence: Sendable, Hashable, Codable {
    /// The document's name (its path, or "-" for stdin).
    public var document: String
    /// The 0-based sentence index within the document.
    public var sentence: Int
    /// The sentence text.
    public var text: String
    /// Start offset of the sentence in the document, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of the sentence in the document, in Unicode scalars.
    public var end: Int

    public init(document: String, sentence: Int, text: String, start: Int, end: Int) {
        self.document = document
        self.sentence = sentence
        self.text = text
        self.start = start
        self.end = end
    }
}
