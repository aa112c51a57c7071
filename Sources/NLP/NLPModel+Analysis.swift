import Foundation

extension NLPModel {
    /// Tags, lemmatizes and parses one sentence of `words`; heads are sentence-local (-1 for the root).
    /// - Complexity: O(n · f · c).
    public func analyze(_ words: [String]) -> CoNLLUSentence {
        let tags = tagger.predict(words)
        let upos = tags.map { tagger.upos[$0] }, xpos = tags.map { tagger.xpos[$0] }
        let lemmas = zip(words, xpos).map { lemmatizer.lemma($0, xpos: $1) }
        let (heads, deprels) = parser.parse(words: words, xpos: xpos, upos: upos)
        return CoNLLUSentence(words: words, lemmas: lemmas, upos: upos, xpos: xpos, heads: heads, deprels: deprels)
    }

    /// Scores the model on gold-tokenised `sentences`, timing the analysis.
    /// - Complexity: O(n · f · c) for n words.
    public func evaluate(_ sentences: [CoNLLUSentence]) -> Evaluation {
        var evaluation = Evaluation()
        let start = Self.threadCPUSeconds()
        let predicted = sentences.map { analyze($0.words) }
        evaluation.seconds = Self.threadCPUSeconds() - start
        for (gold, guess) in zip(sentences, predicted) { evaluation.add(gold: gold, predicted: guess) }
        return evaluation
    }
}

extension NLPModel {
    /// CPU time of the calling thread, so speed figures mean "per core" even on a busy machine.
    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return 0 }
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}

extension NLPModel {
    /// The same model decoding with another parser beam width (1 = greedy), e.g. to trade accuracy for speed.
    public func withBeamWidth(_ width: Int) -> NLPModel {
        NLPModel(tagger: tagger, lemmatizer: lemmatizer,
                 parser: ParserModel(labels: parser.labels, linear: parser.linear, beamWidth: max(1, width)))
    }

    /// The parser's beam width.
    public var beamWidth: Int { parser.beamWidth }
}

extension NLPModel {
    /// The same model dropping beam items that score more than `margin` below the best while decoding.
    public func withBeamMargin(_ margin: Double) -> NLPModel {
        var parser = self.parser
        parser.beamMargin = margin
        return NLPModel(tagger: tagger, lemmatizer: lemmatizer, parser: parser)
    }
}
