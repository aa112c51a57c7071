/// Reading very long texts window by window, so that memory stays bounded by the window and not the input.
///
/// A news article is a few thousand words and is always read whole, with resolution across all its
/// sentences. Scraped dumps, concatenated feeds or a file with no newline can be megabytes long; holding
/// their token arrays, mentions and resolution tables at once costs tens of bytes per input byte and
/// quadratic time in the mentions. Such texts are cut into windows at line, then sentence, then word
/// boundaries, each window is analysed alone, and the results are stitched back with document-wide
/// sentence numbers and offsets. The price is that a pronoun or a surname cannot reach an actor named
/// in an earlier window.
extension ArticleExtractor {
    /// Texts with more Unicode scalars than this are read in windows of at most this size; 200,000 is about
    /// 60 printed pages, far beyond any news article, and keeps one window's analysis near 10 MB.
    public static let windowScalars = 200_000

    /// Scalar ranges that tile `text`, each at most `limit` scalars, ending after a newline, else after a
    /// sentence end followed by a space, else after a space, else (one unbroken run) exactly at the limit.
    /// Only the second half of a window is searched for a cut, so windows are never tiny.
    /// - Complexity: O(n) in the scalars of `text`.
    static func windows(of text: String, limit: Int) -> [Range<Int>] {
        let limit = max(limit, 4)
        var result: [Range<Int>] = []
        var start = 0, position = 0
        var newlineCut = -1, sentenceCut = -1, spaceCut = -1
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            position += 1
            if position - start > limit / 2 {
                // A cut here means the window ends right after `scalar`.
                if scalar == "\n" {
                    newlineCut = position
                } else if scalar == " " || scalar == "\t" {
                    if previous == "." || previous == "!" || previous == "?" { sentenceCut = position }
                    spaceCut = position
                }
            }
            previous = scalar
            if position - start == limit {
                let cut = [newlineCut, sentenceCut, spaceCut].first { $0 > start } ?? position
                result.append(start..<cut)
                start = cut
                newlineCut = -1; sentenceCut = -1; spaceCut = -1
            }
        }
        if position > start || result.isEmpty { result.append(start..<position) }
        return result
    }

    /// Analyses `text` window by window (see `windows(of:limit:)`) and joins the results: sentence numbers and
    /// offsets count from the start of `text`, and actors seen in several windows become one, with their
    /// aliases and attributes combined.
    /// - Complexity: O(n) windows of bounded size for n scalars.
    func analyzeInWindows(_ text: String, document: String, limit: Int) throws -> ArticleAnalysis {
        var actors: [Actor] = []
        var actorIndex: [String: Int] = [:]
        var triples: [Triple] = []
        var sentencesBefore = 0
        let scalars = text.unicodeScalars
        var cursor = scalars.startIndex, cursorOffset = 0
        for window in Self.windows(of: text, limit: limit) {
            let from = scalars.index(cursor, offsetBy: window.lowerBound - cursorOffset)
            let to = scalars.index(from, offsetBy: window.count)
            cursor = to; cursorOffset = window.upperBound
            let (part, sentenceCount) = try analyzeWhole(String(scalars[from..<to]), document: document)
            for actor in part.actors {
                let key = "\(actor.type.rawValue)\u{1F}\(actor.name)"
                guard let index = actorIndex[key] else {
                    actorIndex[key] = actors.count
                    actors.append(actor)
                    continue
                }
                let known = actors[index]
                actors[index] = Actor(name: known.name, type: known.type, aliases: known.aliases + actor.aliases,
                                      attributes: known.attributes.merging(actor.attributes) { first, _ in first })
            }
            for var triple in part.triples {
                triple.evidence.sentence += sentencesBefore
                triple.evidence.start += window.lowerBound
                triple.evidence.end += window.lowerBound
                triples.append(triple)
            }
            sentencesBefore += sentenceCount
        }
        return ArticleAnalysis(actors: actors, triples: triples)
    }
}
