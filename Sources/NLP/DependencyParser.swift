/// Fills `heads` (document-level indices, -1 for a root) and `deprels` (UD labels with subtypes)
/// with the arc-hybrid parser (beam search, as the model says), one sentence at a time; needs a tagged document.
public struct DependencyParser: PipelineStep {
    public let name = "parser"
    let model: ParserModel

    /// A parser using the parsing part of `model`.
    public init(model: NLPModel) { self.model = model.parser }

    /// Parses every sentence of `document`.
    /// - Complexity: O(n · f · c) for n tokens.
    public func apply(to document: inout Document) throws {
        try parse(&document, sentences: document.analysisRanges.indices)
    }

    /// Parses only the sentences at `indices`; the others get no head (-1) and the label "dep". For callers
    /// that know which sentences they will read, since parsing is most of the pipeline's time.
    /// - Complexity: linear in the tokens of the chosen sentences (times the beam width).
    public func parse(_ document: inout Document, sentences indices: some Sequence<Int>) throws {
        guard document.xpos.count == document.count, document.upos.count == document.count else {
            throw NLPError.stepFailed(step: name, reason: "the document must be tagged first")
        }
        var heads = [Int](repeating: -1, count: document.count)
        var deprels = [String](repeating: "dep", count: document.count)
        let ranges = document.analysisRanges
        for index in indices where ranges.indices.contains(index) {
            let range = ranges[index]
            let parse = model.parse(words: Array(document.words[range]), xpos: Array(document.xpos[range]),
                                    upos: Array(document.upos[range]))
            for offset in 0..<parse.heads.count {
                let head = parse.heads[offset]
                heads[range.lowerBound + offset] = head < 0 ? -1 : range.lowerBound + head
                deprels[range.lowerBound + offset] = parse.labels[offset]
            }
        }
        document.heads = heads
        document.deprels = deprels
    }
}
