/// What the extractor read in one document: its actors (in order of first mention) and its triples.
public struct ArticleAnalysis: Sendable, Equatable {
    /// Every resolved actor, including those in no triple.
    public var actors: [Actor]
    /// The triples, in sentence order.
    public var triples: [Triple]

    /// Bundles the actors and triples of one document.
    public init(actors: [Actor], triples: [Triple]) {
        self.actors = actors
        self.triples = triples
    }
}
