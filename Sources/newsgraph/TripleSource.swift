import Extraction
import Ingest

/// Runs the extractor over articles, whole or one sentence per line.
struct TripleSource: Sendable {
    let extractor: ArticleExtractor
    /// Each input line is one sentence, numbered from 0 by line.
    let sentencePerLine: Bool

    init(mode: ArticleExtractor.Mode, sentencePerLine: Bool) throws {
        extractor = try ArticleExtractor(mode: mode)
        self.sentencePerLine = sentencePerLine
        if let degradation = extractor.degradation { Console.error("warning: \(degradation)") }
    }

    /// The triples of one article, named by its document name, each evidence carrying the article's metadata
    /// and the time its sentence states (see `EventDating`).
    func triples(in article: Article) throws -> [Triple] {
        let meta = article.metadata
        var triples = try triples(in: article.text, document: article.name)
        if meta.title != nil || meta.date != nil || meta.url != nil || meta.outlet != nil {
            for index in triples.indices {
                triples[index].evidence.title = meta.title
                triples[index].evidence.date = meta.date
                triples[index].evidence.url = meta.url
                triples[index].evidence.outlet = meta.outlet
            }
        }
        return EventDating.dating(triples)
    }

    /// The triples of one article's text, with `document` as provenance.
    func triples(in text: String, document: String) throws -> [Triple] {
        guard sentencePerLine else { return try extractor.triples(in: text, document: document) }
        // TextDecoder already turned every line break into "\n".
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return try extractor.triples(inSentences: lines, document: document)
    }
}
