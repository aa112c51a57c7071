/// One sentence of a CoNLL-U treebank with gold tokenisation (syntactic words only).
public struct CoNLLUSentence: Sendable, Equatable {
    /// Word forms.
    public var words: [String]
    /// Lemmas.
    public var lemmas: [String]
    /// Universal POS tags.
    public var upos: [String]
    /// Penn Treebank tags.
    public var xpos: [String]
    /// Sentence-local head index of each word, or -1 for the root.
    public var heads: [Int]
    /// Dependency labels, with subtypes as the treebank has them.
    public var deprels: [String]

    public init(words: [String], lemmas: [String], upos: [String], xpos: [String], heads: [Int], deprels: [String]) {
        self.words = words
        self.lemmas = lemmas
        self.upos = upos
        self.xpos = xpos
        self.heads = heads
        self.deprels = deprels
    }

    /// The number of words.
    public var count: Int { words.count }
}
