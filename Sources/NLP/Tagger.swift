/// Fills `upos` and `xpos` with an averaged-perceptron tagger, one sentence at a time.
public struct Tagger: PipelineStep {
    public let name = "tagger"
    let model: TaggerModel

    /// A tagger using the tagging part of `model`.
    public init(model: NLPModel) { self.model = model.tagger }

    /// Tags every sentence of `document`.
    /// - Complexity: O(n · f · c) for n tokens.
    public func apply(to document: inout Document) throws {
        var upos = [String](repeating: "X", count: document.count)
        var xpos = [String](repeating: "XX", count: document.count)
        var known = [Bool](repeating: false, count: document.count)
        for range in document.analysisRanges {
            let (tags, seen) = model.predictWithVocabulary(Array(document.words[range]))
            for (offset, tag) in tags.enumerated() {
                upos[range.lowerBound + offset] = model.upos[tag]
                xpos[range.lowerBound + offset] = model.xpos[tag]
                known[range.lowerBound + offset] = seen[offset]
            }
        }
        document.upos = upos
        document.xpos = xpos
        document.inVocabulary = known
    }
}
