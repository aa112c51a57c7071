import NLP

/// The whole text → triples path for one article: analysis, entities, resolution, relations.
public struct ArticleExtractor: Sendable {
    /// Which triples to keep.
    public enum Mode: String, Sendable, CaseIterable {
        /// Both ends are resolved actors: what the graph holds.
        case actors
        /// Any noun-phrase arguments, for Open IE evaluation.
        case open
    }

    public let mode: Mode

    /// Loads the analysis pipeline and gazetteers.
    public init(mode: Mode = .actors) throws {
        self.mode = mode
    }

    /// The triples stated in `text`, with `document` as their provenance.
    public func triples(in text: String, document: String) throws -> [Triple] {
        []
    }
}
