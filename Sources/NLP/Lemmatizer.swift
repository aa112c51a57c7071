/// Fills `lemmas` from the (word, XPOS) table and suffix rules; needs a tagged document.
public struct Lemmatizer: PipelineStep {
    public let name = "lemmatizer"
    let model: LemmatizerModel

    /// A lemmatizer using the lemma tables of `model`.
    public init(model: NLPModel) { self.model = model.lemmatizer }

    /// Lemmatizes every token of `document`.
    /// - Complexity: O(n).
    public func apply(to document: inout Document) throws {
        guard document.xpos.count == document.count else {
            throw NLPError.stepFailed(step: name, reason: "the document must be tagged first")
        }
        document.lemmas = zip(document.words, document.xpos).map { model.lemma($0, xpos: $1) }
    }
}
