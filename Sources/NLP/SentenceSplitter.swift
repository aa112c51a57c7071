/// Groups tokens into sentences for news text: ends sentences at . ! ? (with the quotes and
/// brackets that close them), at blank lines, and at line breaks after unpunctuated lines
/// (headings, bylines, site boilerplate), but not after titles and initials ("Gen. Tiani",
/// "J. K. Rowling"), and not inside hard-wrapped prose.
///
/// No sentence is longer than `maxTokens`, so later stages stay linear on hostile input.
public struct SentenceSplitter: PipelineStep {
    /// The step name used in errors.
    public let name = "sentence-splitter"
    /// The longest sentence produced; longer runs are cut, preferably after a comma or semicolon.
    public let maxTokens: Int

    /// Creates a splitter whose sentences have at most `maxTokens` tokens (at least 8).
    public init(maxTokens: Int = 300) {
        self.maxTokens = max(8, maxTokens)
    }

    /// Fills `document.sentences` from its tokens.
    /// - Complexity: O(n) in the length of the text.
    public func apply(to document: inout Document) throws {
        guard document.starts.count == document.words.count, document.ends.count == document.words.count else {
            throw NLPError.stepFailed(step: name, reason: "token arrays differ in length; run the tokenizer first")
        }
        document.sentences = sentences(words: document.words, starts: document.starts, ends: document.ends,
                                       text: document.text)
    }

    /// The sentence token ranges for tokens `words` at scalar offsets `starts`/`ends` of `text`.
    /// - Complexity: O(n) in the length of the text.
    public func sentences(words: [String], starts: [Int], ends: [Int], text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var state = SentenceScan(words: words, starts: starts, ends: ends, scalars: scalars, maxTokens: maxTokens)
        return state.run()
    }
}
