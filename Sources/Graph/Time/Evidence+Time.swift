import Extraction

extension Evidence {
    /// The days a statement speaks of: the time its sentence states when known, else its document's
    /// publication day; nil when neither is known (or either is malformed), so an undated statement is
    /// never given a date.
    public var days: ClosedRange<String>? {
        if let start = eventStart.flatMap(CalendarDay.day(of:)) {
            let end = eventEnd.flatMap(CalendarDay.day(of:)) ?? start
            return start <= end ? start...end : nil
        }
        return date.flatMap(CalendarDay.day(of:)).map { $0...$0 }
    }

    /// `days` as text: `2024-02-14` for one day, `2024-02-01..2024-02-29` for a stated interval; nil when undated.
    public var daysText: String? {
        days.map { $0.lowerBound == $0.upperBound ? $0.lowerBound : "\($0.lowerBound)..\($0.upperBound)" }
    }

    /// True when `lhs` comes before `rhs` in the canonical order: document, sentence, offsets and text,
    /// then every optional field (an absent one before a present one), so that two statements that
    /// differ anywhere have a fixed order and canonical graphs do not depend on set order.
    static func canonicallyPrecedes(_ lhs: Evidence, _ rhs: Evidence) -> Bool {
        let left = (lhs.document, lhs.sentence, lhs.start, lhs.end, lhs.text)
        let right = (rhs.document, rhs.sentence, rhs.start, rhs.end, rhs.text)
        if left != right { return left < right }
        for (a, b) in zip(lhs.optionalFields, rhs.optionalFields) where a != b {
            guard let a else { return true }
            guard let b else { return false }
            return a < b
        }
        return false
    }

    // Attributes compare as their sorted "name=value" lines, a total order that ignores dictionary order.
    private var optionalFields: [String?] {
        [title, date, url, outlet, eventStart, eventEnd, eventPhrase,
         attributes.map { $0.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n") }]
    }
}
