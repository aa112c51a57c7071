import NLP

/// The whole text → triples path for one article: analysis, entities, resolution, relations.
public struct ArticleExtractor: Sendable {
    /// Which triples to keep.
    public enum Mode: String, Sendable, CaseIterable {
        /// Both ends are resolved actors: what the graph holds.
        case actors
        /// Any noun-phrase arguments, for Open IE evaluation.
        case open
    }

    /// Which triples this extractor keeps.
    public let mode: Mode
    /// The parser beam used for actor extraction (with the parser's default beam margin). Measured on BBC
    /// politics (217k tokens, one core, parsing only sentences with two actors): about 105k tokens/s end to end
    /// at beam 2 and 80k at beam 8; beams 8 and 2 give triples differing in under 3% of rows and the same example
    /// score, and beam 2 keeps most of the parse accuracy (EWT test UAS 85.34 vs 86.06 at beam 8). Of the rows
    /// only one beam gives (all BBC), 20 sampled from each were judged: 10 right at beam 2, 12 at beam 8.
    public static let parserBeamWidth = 2

    /// Open mode reads every argument from the parse alone, so it keeps the model's full beam, without the
    /// speed margin: on CaRB dev the full beam 8 gives F1 0.466, beam 8 with the default margin 0.461 and
    /// beam 2 0.451.
    public static let openParserBeamWidth = 8

    /// No beam item is dropped early in open mode (see `openParserBeamWidth`).
    public static let openParserBeamMargin = Double.infinity

    /// The analysis steps run on the text before extraction.
    public let pipeline: Pipeline
    private let extractor: PatternTripleExtractor

    /// Loads the analysis pipeline and gazetteers: the bundled English tagger, lemmatizer and parser when the
    /// model is there, else tokenizer and sentence splitter alone (the rules then fall back on word lists).
    /// - Throws: `ExtractionError.resourceMissing` when a bundled table is absent.
    public init(mode: Mode = .actors) throws {
        do {
            let pipeline = mode == .open
                ? try Pipeline.english(beamWidth: Self.openParserBeamWidth, beamMargin: Self.openParserBeamMargin)
                : try Pipeline.english(beamWidth: Self.parserBeamWidth)
            try self.init(mode: mode, pipeline: pipeline, reading: .combined)
        } catch let error as NLPError {
            try self.init(mode: mode, pipeline: Pipeline.tokenizing, reading: .combined)
            degradation = "the bundled language model did not load (\(error)); extracting with word-order rules only"
        }
    }

    /// Why this extractor runs below its normal quality (no model), or nil; callers should show it.
    public private(set) var degradation: String?

    /// Uses a given analysis pipeline (it must at least tokenise and split sentences) and relation reading.
    public init(mode: Mode = .actors, pipeline: Pipeline, reading: PatternTripleExtractor.Reading = .rules) throws {
        self.mode = mode
        self.pipeline = pipeline
        extractor = PatternTripleExtractor(gazetteer: try Gazetteer.bundled(), mode: mode, reading: reading)
    }

    /// The triples stated in `text`, with `document` as their provenance.
    /// - Complexity: linear in the text for analysis, quadratic in the (few) mentions for resolution.
    public func triples(in text: String, document: String) throws -> [Triple] {
        try analyze(text, document: document).triples
    }

    /// The actors and triples of `text`; texts longer than `windowScalars` are read in windows
    /// (see `analyzeInWindows`), so memory stays bounded on huge inputs.
    public func analyze(_ text: String, document: String) throws -> ArticleAnalysis {
        if text.utf8.count > Self.windowScalars, text.unicodeScalars.count > Self.windowScalars {
            return try analyzeInWindows(text, document: document, limit: Self.windowScalars)
        }
        return try analyzeWhole(text, document: document).analysis
    }

    /// The actors and triples of `text` read as one piece, and the number of sentences it was split into.
    func analyzeWhole(_ text: String, document: String) throws -> (analysis: ArticleAnalysis, sentences: Int) {
        // In actor mode the parser runs last and only on sentences with two actors (most of the time is
        // parsing); open mode reads every sentence's parse.
        var steps = pipeline.steps
        let parser = mode == .actors ? steps.last as? DependencyParser : nil
        if parser != nil { steps.removeLast() }
        let analysed: Document
        do {
            analysed = try Pipeline(steps)(text, id: document)
        } catch {
            throw ExtractionError.analysisFailed("\(error)")
        }
        return (extractor.analyze(analysed, parsingWith: parser), analysed.sentences.count)
    }

    /// Triples of independent sentences, one per line (for `--sentences`); a line's 0-based index is its
    /// evidence sentence and offsets count from the start of the first line, lines joined by "\n".
    /// - Complexity: O(total length); each line is analysed alone.
    public func triples(inSentences lines: [String], document: String) throws -> [Triple] {
        var result: [Triple] = []
        var offset = 0
        for (index, line) in lines.enumerated() {
            defer { offset += line.unicodeScalars.count + 1 }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            var analysed = try analyzeLine(line, document: document)
            // A line is one sentence by contract, whatever the splitter thinks.
            if !analysed.words.isEmpty { analysed.sentences = [0..<analysed.words.count] }
            for var triple in extractor.extract(from: analysed) {
                triple.evidence = Evidence(document: document, sentence: index, text: line,
                                           start: offset, end: offset + line.unicodeScalars.count)
                result.append(triple)
            }
        }
        return result
    }

    private func analyzeLine(_ line: String, document: String) throws -> Document {
        do {
            return try pipeline(line, id: document)
        } catch {
            throw ExtractionError.analysisFailed("\(error)")
        }
    }
}
