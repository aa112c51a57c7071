/// Splits text into tokens the way the UD English Web Treebank does, so the tagger and parser
/// see the segmentation they were trained on.
///
/// Clitics are split ("don’t" → "do" "n’t", "country’s" → "country" "’s"), quotes and most
/// punctuation are tokens of their own, abbreviations keep their period ("Gen.", "U.S."),
/// numbers stay whole ("1,000.5", "12/05/2023", "10:30") with unit suffixes split off
/// ("28bn" → "28" "bn"), hyphenated compounds are split except after common prefixes
/// ("non-stop") and in model names ("F-16"), and URLs, e-mail addresses, @handles and
/// #hashtags are single tokens. Words keep their original characters (curly quotes stay curly).
public struct Tokenizer: PipelineStep {
    /// The step name used in errors.
    public let name = "tokenizer"

    /// Creates a tokenizer; it has no settings, the conventions are EWT's.
    public init() {}

    /// Fills `words`, `starts` and `ends`, and clears analyses that depended on old tokens.
    /// - Complexity: O(n) in the length of the text.
    public func apply(to document: inout Document) throws {
        let scalars = Array(document.text.unicodeScalars)
        let spans = tokenSpans(scalars)
        document.words = spans.map { Self.string(scalars, $0) }
        document.starts = spans.map(\.lowerBound)
        document.ends = spans.map(\.upperBound)
        document.sentences = []
        document.upos = []
        document.xpos = []
        document.inVocabulary = []
        document.lemmas = []
        document.heads = []
        document.deprels = []
    }

    /// The token surface forms of `text`.
    /// - Complexity: O(n) in the length of the text.
    public func tokenize(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tokenSpans(scalars).map { Self.string(scalars, $0) }
    }

    /// The scalar ranges of the tokens in `scalars`, in order and non-overlapping.
    /// - Complexity: O(n) in the number of scalars.
    public func tokenSpans(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var scanner = TokenScanner(scalars)
        scanner.run()
        return scanner.spans
    }

    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        TextSlicer.string(scalars[range])
    }
}
