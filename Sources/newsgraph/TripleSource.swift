import Extraction

/// Runs the extractor over articles, whole or one sentence per line.
struct TripleSource {
    let extractor: ArticleExtractor
    /// Each input line is one sentence, numbered from 0 by line.
    let sentencePerLine: Bool

    init(mode: ArticleExtractor.Mode, sentencePerLine: Bool) throws {
        extractor = try ArticleExtractor(mode: mode)
        self.sentencePerLine = sentencePerLine
    }

    /// The triples of one article's text, with `document` as provenance.
    func triples(in text: String, document: String) throws -> [Triple] {
        guard sentencePerLine else { return try extractor.triples(in: text, document: document) }
        var result: [Triple] = []
        var offset = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let sentence = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            let length = sentence.unicodeScalars.count
            defer { offset += line.unicodeScalars.count + 1 }
            guard sentence.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { continue }
            for var triple in try extractor.triples(in: sentence, document: document) {
                // The line is the sentence, whatever the splitter made of it.
                triple.evidence = Evidence(document: document, sentence: index, text: sentence,
                                           start: offset, end: offset + length)
                result.append(triple)
            }
        }
        return result
    }
}
