import NLP

/// Turns an analysed document into triples; the stable seam between NLP and the graph.
public protocol TripleExtractor: Sendable {
    /// The triples stated in `document`, in sentence order.
    func extract(from document: Document) -> [Triple]
}
