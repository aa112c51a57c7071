import Extraction
import Ingest

/// Gives each extracted statement the time its sentence states ("in February", "last week"), resolved
/// against the article's publication date by `EventDates`.
///
/// This step lives in the CLI, between extraction and the graph, because the CLI is the one place that
/// sees both Ingest (dates) and Extraction (triples): Extraction stays free of Ingest, and the graph only
/// stores what the evidence says.
enum EventDating {
    /// `triples` with `eventStart`, `eventEnd` and `eventPhrase` set where the sentence states one time.
    /// A sentence stating several different times ("elected in 2004, he met … last week") leaves its
    /// statements undated: which time a statement speaks of would be a guess.
    /// - Complexity: O(n) in the total length of the distinct sentences.
    static func dating(_ triples: [Triple]) -> [Triple] {
        var resolved: [Key: EventDate?] = [:]
        var out = triples
        for index in out.indices {
            let evidence = out[index].evidence
            let key = Key(text: evidence.text, published: evidence.date)
            let time: EventDate?
            if let known = resolved[key] {
                time = known
            } else {
                time = only(EventDates.find(in: evidence.text, published: evidence.date))
                resolved[key] = time
            }
            guard let time else { continue }
            out[index].evidence.eventStart = time.start
            out[index].evidence.eventEnd = time.end
            out[index].evidence.eventPhrase = time.phrase
        }
        return out
    }

    /// The one interval all of `times` name (the first phrase stating it), or nil when there is none or several.
    static func only(_ times: [EventDate]) -> EventDate? {
        guard let first = times.first, times.allSatisfy({ $0.start == first.start && $0.end == first.end }) else { return nil }
        return first
    }

    private struct Key: Hashable {
        let text: String
        let published: String?
    }
}
