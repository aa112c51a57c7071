import Extraction

/// Which statements a time- or source-restricted view keeps: those dated within `since...until`
/// (inclusive; a statement's days, see `Evidence.days`, need only overlap the range), from `outlet`, and
/// from a document whose name or URL contains `document`. With a date bound set, an undated statement
/// is dropped: it cannot be shown to fall in the range.
public struct StatementFilter: Sendable, Equatable {
    /// The first day kept, `YYYY-MM-DD`.
    public var since: String?
    /// The last day kept, `YYYY-MM-DD`.
    public var until: String?
    /// The outlet kept (ignoring case).
    public var outlet: String?
    /// Text that the document name or URL must contain (ignoring case).
    public var document: String?

    /// A filter; `since` and `until` must be `YYYY-MM-DD` days (see `day(_:option:)`) with `since` ≤ `until`.
    /// - Throws: `GraphError.badDate` for a malformed day, `GraphError.emptyDateRange` when `since` is after `until`.
    public init(since: String? = nil, until: String? = nil, outlet: String? = nil, document: String? = nil) throws(GraphError) {
        self.since = try since.map { text throws(GraphError) in try Self.day(text, option: "--since") }
        self.until = try until.map { text throws(GraphError) in try Self.day(text, option: "--until") }
        if let start = self.since, let end = self.until, start > end { throw GraphError.emptyDateRange(since: start, until: end) }
        self.outlet = outlet?.lowercased()
        self.document = document?.lowercased()
    }

    /// `text` as a `YYYY-MM-DD` day, or `GraphError.badDate` naming `option` and the text.
    public static func day(_ text: String, option: String) throws(GraphError) -> String {
        guard text.count == 10, let day = CalendarDay.day(of: text) else { throw GraphError.badDate(option: option, value: text) }
        return day
    }

    /// The filter that keeps every statement.
    public static let all = StatementFilter(days: nil, nil)

    private init(days since: String?, _ until: String?) {
        self.since = since
        self.until = until
    }

    /// True when the filter keeps every statement.
    public var keepsAll: Bool { since == nil && until == nil && outlet == nil && document == nil }

    /// Whether the statement `evidence` is kept.
    public func keeps(_ evidence: Evidence) -> Bool {
        if let outlet, evidence.outlet?.lowercased() != outlet { return false }
        if let document, !evidence.document.lowercased().contains(document),
           evidence.url?.lowercased().contains(document) != true { return false }
        guard since != nil || until != nil else { return true }
        guard let days = evidence.days else { return false }
        if let since, days.upperBound < since { return false }
        if let until, days.lowerBound > until { return false }
        return true
    }
}

extension KnowledgeGraph {
    /// The view of the statements `filter` keeps: each edge with only its kept evidence, counted anew
    /// (counts recorded without evidence are dropped, as they have no date or source), edges left with
    /// none removed, and only the actors the remaining edges touch. Nodes keep their keys.
    /// - Complexity: O(V + E + total evidence).
    public func filteringStatements(_ filter: StatementFilter) -> KnowledgeGraph {
        guard !filter.keepsAll else { return self }
        return mappingEdges { edge in
            var kept = edge
            kept.evidence = edge.evidence.filter(filter.keeps)
            kept.count = kept.evidence.count
            return kept.evidence.isEmpty ? nil : kept
        }
    }
}
