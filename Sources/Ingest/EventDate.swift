/// A time a sentence states, resolved to a day or an interval of days: "on Tuesday", "last week", "in February",
/// "in 2004", "May 2023", "12 April 2024".
public struct EventDate: Sendable, Hashable {
    /// How precise the phrase is.
    public enum Granularity: String, Sendable {
        case day, week, month, year
    }

    /// The words of the sentence that state the time, as written ("in February", "last week").
    public var phrase: String
    /// The first day, ISO-8601.
    public var start: String
    /// The last day (inclusive), ISO-8601; equal to `start` for a single day.
    public var end: String
    /// Day, week, month or year.
    public var granularity: Granularity

    /// A resolved time: the phrase and its first and last day.
    public init(phrase: String, start: String, end: String, granularity: Granularity) {
        self.phrase = phrase
        self.start = start
        self.end = end
        self.granularity = granularity
    }
}
