/// Finds the times a sentence states and resolves them against the article's publication date:
/// "in February" → the February of or before publication; "last week" → the Monday–Sunday week before;
/// "on Tuesday" → the Tuesday on or before publication (after it when the sentence speaks of the future);
/// "in 2004", "May 2023", "12 April 2024" stand alone. Relative phrases with no publication date, and anything
/// else, are left out: unknown stays unknown, never a guess.
public enum EventDates {
    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
        "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let counts = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
    /// Words before a bare month name that make it a time ("May" a month rather than a verb). "since" and
    /// "until" are left out: they state open intervals, which this does not resolve.
    static let monthCues: Set<String> = ["in", "early", "late", "mid", "of", "during"]
    /// Phrases that put a sentence in the future, so "on Tuesday" means the coming one.
    static let futureCues = [" will ", " shall ", " is due ", " are due ", " is scheduled ", " are scheduled ", " is expected to ",
                             " are expected to ", " plans to ", " plan to ", " is to ", " are to ", "'ll "]

    /// The dates stated in `sentence`, in order, resolved against `published` (ISO-8601, or nil when unknown).
    /// - Complexity: O(n) in the length of the sentence.
    public static func find(in sentence: String, published: String?) -> [EventDate] {
        let words = Word.split(sentence)
        let context = Context(published: published.flatMap(CivilDay.init(iso:)), future: statesFuture(sentence))
        var found: [EventDate] = []
        var index = 0
        while index < words.count {
            if let match = match(words, at: index, context) {
                // A leading "in"/"on" belongs to the phrase: it is how the sentence states the time.
                var first = index
                if first > 0, ["in", "on", "during"].contains(words[first - 1].lower), match.includesCue == false { first -= 1 }
                let phrase = String(sentence[words[first].range.lowerBound..<words[match.last].range.upperBound])
                found.append(EventDate(phrase: phrase, start: match.start.iso, end: match.end.iso, granularity: match.granularity))
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// True when `sentence` holds one of `futureCues`.
    private static func statesFuture(_ sentence: String) -> Bool {
        let padded = " " + sentence.lowercased() + " "
        // The cues are ASCII with no canonical equivalents, so a cue whose bytes are absent cannot match: the
        // byte scan spares most sentences the costly Foundation search, which still decides.
        let bytes = Array(padded.utf8)
        return zip(futureCues, futureCueBytes).contains { cue, cueBytes in
            bytes.count >= cueBytes.count && (0...(bytes.count - cueBytes.count)).contains { start in
                bytes[start] == cueBytes[0] && bytes[start..<start + cueBytes.count].elementsEqual(cueBytes)
            } && padded.contains(cue)
        }
    }

    private static let futureCueBytes = futureCues.map { Array($0.utf8) }

    struct Context {
        let published: CivilDay?
        let future: Bool
    }

    /// A match: the last word used, the interval, and whether the match already began with its cue word.
    struct Match {
        let last: Int
        let start: CivilDay
        let end: CivilDay
        let granularity: EventDate.Granularity
        var includesCue = false
    }

    private static func match(_ w: [Word], at i: Int, _ context: Context) -> Match? {
        absolute(w, at: i, context) ?? relative(w, at: i, context)
    }

    /// Dates with their own year, and day-month dates resolved to the nearest year.
    private static func absolute(_ w: [Word], at i: Int, _ context: Context) -> Match? {
        func year(_ k: Int) -> Int? {
            guard k < w.count, w[k].lower.count == 4, let value = Int(w[k].lower), (1800...2100).contains(value) else { return nil }
            return value
        }
        func dayNumber(_ k: Int) -> Int? {
            guard k < w.count else { return nil }
            let digits = w[k].lower.prefix { $0.isNumber }
            let suffix = w[k].lower.dropFirst(digits.count)
            guard !digits.isEmpty, digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(suffix), let value = Int(digits),
                  (1...31).contains(value) else { return nil }
            return value
        }
        func month(_ k: Int) -> Int? {
            guard k < w.count, w[k].isCapitalized else { return nil }
            return monthNames[w[k].lower]
        }
        // "April 12, 2024", "12 April 2024", "April 12", "12 April"
        if let m = month(i), let d = dayNumber(i + 1) {
            if let y = year(i + 2), let day = CivilDay(year: y, month: m, day: d) { return Match(last: i + 2, start: day, end: day, granularity: .day) }
            if let day = nearest(month: m, day: d, to: context.published) { return Match(last: i + 1, start: day, end: day, granularity: .day) }
        }
        if let d = dayNumber(i), let m = month(i + 1) {
            if let y = year(i + 2), let day = CivilDay(year: y, month: m, day: d) { return Match(last: i + 2, start: day, end: day, granularity: .day) }
            if let day = nearest(month: m, day: d, to: context.published) { return Match(last: i + 1, start: day, end: day, granularity: .day) }
        }
        // "May 2023"
        if let m = month(i), let y = year(i + 1), let interval = monthInterval(y, m) {
            return Match(last: i + 1, start: interval.start, end: interval.end, granularity: .month)
        }
        // "in 2004"
        if i > 0, ["in", "during"].contains(w[i - 1].lower), let y = year(i),
           let start = CivilDay(year: y, month: 1, day: 1), let end = CivilDay(year: y, month: 12, day: 31) {
            return Match(last: i, start: start, end: end, granularity: .year)
        }
        return nil
    }

    /// The day `month`/`day` nearest to `published` (the year before, of or after it).
    private static func nearest(month: Int, day: Int, to published: CivilDay?) -> CivilDay? {
        guard let published else { return nil }
        let year = published.components.year
        return (year - 1...year + 1).compactMap { CivilDay(year: $0, month: month, day: day) }
            .min { abs($0.number - published.number) < abs($1.number - published.number) }
    }

    static func monthInterval(_ year: Int, _ month: Int) -> (start: CivilDay, end: CivilDay)? {
        guard let start = CivilDay(year: year, month: month, day: 1),
              let end = CivilDay(year: year, month: month, day: ISODate.daysIn(month, of: year)) else { return nil }
        return (start, end)
    }
}
