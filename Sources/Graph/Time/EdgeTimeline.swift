import Extraction

/// When a relation was stated, computed from its evidence on read (never stored, so the graph format
/// stays as it was): the first and last day, and how many statements fall in each month. A statement's
/// days are the time its sentence states when known, else its publication day (`Evidence.days`).
public struct EdgeTimeline: Sendable, Equatable {
    /// The statements of one calendar month.
    public struct Period: Sendable, Equatable {
        /// `YYYY-MM`.
        public var month: String
        /// Statements whose first day falls in the month.
        public var count: Int

        public init(month: String, count: Int) {
            self.month = month
            self.count = count
        }
    }

    /// The earliest first day of any dated statement, `YYYY-MM-DD`.
    public var firstSeen: String?
    /// The latest last day of any dated statement ("in 2004" ends on 2004-12-31).
    public var lastSeen: String?
    /// Dated statements by the month of their first day, in month order.
    public var periods: [Period]
    /// Statements with no date, including counts recorded without evidence.
    public var undated: Int

    /// The timeline of `edge`.
    /// - Complexity: O(n log n) for n statements.
    public init(_ edge: KnowledgeGraph.Edge) {
        var byMonth: [String: Int] = [:]
        var dated = 0
        firstSeen = nil
        lastSeen = nil
        for evidence in edge.evidence {
            guard let days = evidence.days else { continue }
            dated += 1
            byMonth[CalendarDay.month(of: days.lowerBound), default: 0] += 1
            firstSeen = min(firstSeen ?? days.lowerBound, days.lowerBound)
            lastSeen = max(lastSeen ?? days.upperBound, days.upperBound)
        }
        periods = byMonth.sorted { $0.key < $1.key }.map { Period(month: $0.key, count: $0.value) }
        undated = edge.count - dated
    }

    /// True when at least one statement has a date.
    public var isDated: Bool { firstSeen != nil }

    /// The periods as `2024-02:3; 2024-03:1` (empty when nothing is dated).
    public var periodsText: String {
        periods.map { "\($0.month):\($0.count)" }.joined(separator: "; ")
    }
}

extension KnowledgeGraph.Edge {
    /// When the relation was stated; see `EdgeTimeline`.
    /// - Complexity: O(n log n) for n statements.
    public var timeline: EdgeTimeline { EdgeTimeline(self) }
}

extension KnowledgeGraph {
    /// True when any statement of any edge has a date: exports add their date columns only then, so
    /// undated graphs export exactly as before.
    /// - Complexity: O(total evidence) at worst.
    public var hasDatedStatements: Bool {
        edges.contains { $0.evidence.contains { $0.days != nil } }
    }
}
