import Extraction

extension KnowledgeGraph {
    /// The columns of `extract --format jsonl` (and of its TSV header), in order.
    public static let tripleColumns = ["subject", "relation", "object", "subject_type", "object_type", "surface", "negated",
                                       "source", "document", "sentence", "start", "end", "evidence"]

    /// The optional per-document and per-sentence columns of `extract`, after the others when shown: the
    /// document's metadata, then the time the sentence states.
    public static let metadataColumns = ["title", "date", "url", "outlet", "event_start", "event_end", "event_phrase"]

    /// The graph as JSON Lines triples with the fields of `newsgraph extract --format jsonl` (keys sorted):
    /// one line per statement of evidence, edge by edge. The graph keeps neither the surface form nor the
    /// attributed source, so `surface` repeats the relation and `source` is empty; an edge without
    /// recorded evidence gives one line with an empty document and zero offsets. The metadata and stated-time
    /// keys (`metadataColumns`) appear when the evidence has them, as in `extract`, and so do the attributes
    /// an imported triple file carried in other columns.
    /// - Complexity: O(E + total evidence).
    public func jsonLines() -> String {
        var out = ""
        for edge in edges {
            let subject = nodes[edge.source.index], object = nodes[edge.target.index]
            let statements = edge.evidence.isEmpty ? [nil] : edge.evidence.map(Optional.some)
            for evidence in statements {
                let fields: [(String, String)] = [
                    ("document", FormatEscaping.json(evidence?.document ?? "")),
                    ("end", String(evidence?.end ?? 0)),
                    ("evidence", FormatEscaping.json(evidence?.text ?? "")),
                    ("negated", edge.negated ? "true" : "false"),
                    ("object", FormatEscaping.json(object.name)),
                    ("object_type", FormatEscaping.json(object.type.rawValue)),
                    ("relation", FormatEscaping.json(edge.relation)),
                    ("sentence", String(evidence?.sentence ?? 0)),
                    ("source", FormatEscaping.json("")),
                    ("start", String(evidence?.start ?? 0)),
                    ("subject", FormatEscaping.json(subject.name)),
                    ("subject_type", FormatEscaping.json(subject.type.rawValue)),
                    ("surface", FormatEscaping.json(edge.relation)),
                ] + Self.metadataFields(evidence)
                out += "{" + fields.sorted { $0.0 < $1.0 }.map { FormatEscaping.json($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n"
            }
        }
        return out
    }

    /// The known metadata and stated-time fields of `evidence`, then its imported attributes, as (key, JSON
    /// value) pairs. Attributes come back under their own column names, so export → `build --triples`
    /// round-trips them; a name that is also a known key (never made by the importer) yields to the known one.
    private static func metadataFields(_ evidence: Evidence?) -> [(String, String)] {
        guard let evidence else { return [] }
        let values = [evidence.title, evidence.date, evidence.url, evidence.outlet, evidence.eventStart, evidence.eventEnd,
                      evidence.eventPhrase]
        let known = zip(metadataColumns, values).compactMap { key, value in
            value.flatMap { $0.isEmpty ? nil : (key, FormatEscaping.json($0)) }
        }
        let attributes = (evidence.attributes ?? [:]).filter { !TripleImport.knownColumns.contains($0.key) }
            .map { ($0.key, FormatEscaping.json($0.value)) }
        return known + attributes
    }
}
