/// A text and its analysis, stored as parallel per-token arrays (the spaCy layout).
///
/// Offsets are Unicode scalar offsets into `text` (what Python's `str` indexes), so that
/// evidence offsets written by NewsGraph can be used directly by other tools.
/// Heads are document-level token indices; `-1` marks a sentence root.
public struct Document: Sendable, Equatable {
    /// A name for the document, e.g. its file path; carried into provenance.
    public var id: String
    /// The original text, unchanged.
    public let text: String
    /// Token surface forms.
    public var words: [String] = []
    /// Start offset (Unicode scalars) of each token in `text`.
    public var starts: [Int] = []
    /// End offset (exclusive, Unicode scalars) of each token in `text`.
    public var ends: [Int] = []
    /// Token index ranges of the sentences, in order, covering every token once.
    public var sentences: [Range<Int>] = []
    /// Universal POS tags (empty until tagged).
    public var upos: [String] = []
    /// Penn Treebank tags (empty until tagged).
    public var xpos: [String] = []
    /// True for a word whose lower-case form the tagger's training data held often enough to know its tags
    /// (empty until tagged): a capitalised word outside it is more likely a name than a common noun.
    public var inVocabulary: [Bool] = []
    /// Lemmas (empty until lemmatized).
    public var lemmas: [String] = []
    /// Head token index of each token, or -1 for a root (empty until parsed).
    public var heads: [Int] = []
    /// UD dependency label of each token (empty until parsed).
    public var deprels: [String] = []

    /// Scalar view of `text`, built once so that slicing sentences stays linear in the document.
    private let slicer: TextSlicer

    /// Creates an unanalysed document.
    public init(id: String = "", text: String) {
        self.id = id
        self.text = text
        self.slicer = TextSlicer(text)
    }

    /// The number of tokens.
    public var count: Int { words.count }

    /// True once a tagger has filled `upos` and `xpos`.
    public var isTagged: Bool { !words.isEmpty && upos.count == words.count }

    /// True once a parser has filled `heads` and `deprels`.
    public var isParsed: Bool { !words.isEmpty && heads.count == words.count }

    /// The index of the sentence that holds `token`.
    /// - Complexity: O(log s) for s sentences.
    public func sentenceIndex(ofToken token: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = sentences[mid]
            if token < range.lowerBound { high = mid - 1 } else if token >= range.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }

    /// A span over the token range `tokens`.
    public func span(_ tokens: Range<Int>) -> Span {
        let start = tokens.isEmpty ? 0 : starts[tokens.lowerBound]
        let end = tokens.isEmpty ? 0 : ends[tokens.upperBound - 1]
        return Span(tokens: tokens, start: start, end: end)
    }

    /// The text covered by `span`, exactly as in the original.
    /// - Complexity: O(length of the span).
    public func text(of span: Span) -> String {
        slicer.slice(span.start..<span.end)
    }

    /// The sentence at `index` as a span.
    public func sentence(_ index: Int) -> Span { span(sentences[index]) }
}

/// A token range with the character offsets it covers.
public struct Span: Sendable, Hashable, Codable {
    /// The tokens, as document-level indices.
    public var tokens: Range<Int>
    /// Start offset in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) in Unicode scalars.
    public var end: Int

    public init(tokens: Range<Int>, start: Int, end: Int) {
        self.tokens = tokens
        self.start = start
        self.end = end
    }
}

/// Cuts a string by Unicode scalar offsets without re-walking it from the start each time.
public struct TextSlicer: Sendable, Equatable {
    private let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The substring covering `range`, clamped to the text.
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return Self.string(scalars[lower..<upper])
    }

    /// The string of `scalars`, encoded straight into the string's UTF-8 storage: appending scalars to a
    /// `String.UnicodeScalarView` went through a generic slow path, and every token and evidence text is made here.
    /// - Complexity: O(number of scalars).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[written] = UInt8(truncatingIfNeeded: scalar.value)
                    written += 1
                } else {
                    UTF8.encode(scalar) { unit in
                        buffer[written] = unit
                        written += 1
                    }
                }
            }
            return written
        }
    }
}
