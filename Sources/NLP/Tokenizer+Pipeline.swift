extension Pipeline {
    /// Tokenization only: the tokenizer followed by the sentence splitter.
    public static let tokenizing = Pipeline([Tokenizer(), SentenceSplitter()])
}
