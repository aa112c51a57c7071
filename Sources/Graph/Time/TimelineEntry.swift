import Extraction

/// One statement in an actor's timeline: when, who did what to whom, and where it was read.
public struct TimelineEntry: Sendable, Equatable {
    /// The days the statement speaks of (`Evidence.days`); nil when undated.
    public var days: ClosedRange<String>? { evidence.days }
    public var subject: String
    /// The relation, prefixed with "not " when every statement of the edge was negated.
    public var relation: String
    public var object: String
    public var evidence: Evidence

    public init(subject: String, relation: String, object: String, evidence: Evidence) {
        self.subject = subject
        self.relation = relation
        self.object = object
        self.evidence = evidence
    }

    /// `2024-02-14`, `2024-02-01..2024-02-29` for a stated interval, or `undated`.
    public var dateText: String { evidence.daysText ?? "undated" }

    /// The entry as one tab-separated line: date, subject, relation, object, document, evidence sentence.
    public var line: String {
        [dateText, subject, relation, object, evidence.document, evidence.text].map(\.oneLine).joined(separator: "\t")
    }

    /// Dated entries first, by first day, last day, then document, sentence and the triple; undated last,
    /// by document, sentence and the triple. Total, so timelines print the same every time.
    static func precedes(_ lhs: TimelineEntry, _ rhs: TimelineEntry) -> Bool {
        switch (lhs.days, rhs.days) {
        case (.some, nil): return true
        case (nil, .some): return false
        case let (.some(left), .some(right)) where left != right:
            return (left.lowerBound, left.upperBound) < (right.lowerBound, right.upperBound)
        default:
            let left = (lhs.evidence.document, lhs.evidence.sentence, lhs.subject, lhs.relation, lhs.object)
            let right = (rhs.evidence.document, rhs.evidence.sentence, rhs.subject, rhs.relation, rhs.object)
            return left != right ? left < right : Evidence.canonicallyPrecedes(lhs.evidence, rhs.evidence)
        }
    }
}

extension KnowledgeGraph {
    /// Every statement of `actor` (as subject or object), or only those between `actor` and `other` in
    /// either direction, in date order with undated statements last (see `TimelineEntry.precedes`).
    /// Counts recorded without evidence have no statement to show and are left out.
    /// - Complexity: O(E + s log s) for E edges and the actor's s statements.
    public func timeline(of actor: NodeID, with other: NodeID? = nil) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for edge in edges where edge.source == actor || edge.target == actor {
            if let other, !((edge.source == actor && edge.target == other) || (edge.source == other && edge.target == actor)) { continue }
            let relation = (edge.negated ? "not " : "") + edge.relation
            for evidence in edge.evidence {
                entries.append(TimelineEntry(subject: nodes[edge.source.index].name, relation: relation,
                                         object: nodes[edge.target.index].name, evidence: evidence))
            }
        }
        return entries.sorted(by: TimelineEntry.precedes)
    }
}
