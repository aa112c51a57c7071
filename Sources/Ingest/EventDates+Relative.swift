extension EventDates {
    /// Phrases that need the publication date: months without a year, weekdays, "last week", "yesterday", "two days ago".
    static func relative(_ w: [Word], at i: Int, _ context: Context) -> Match? {
        guard let published = context.published else { return nil }
        let (year, month, _) = published.components
        let word = w[i].lower
        let next = i + 1 < w.count ? w[i + 1].lower : ""
        let modifier = ["last", "next", "this"].contains(word) ? word : nil
        let target = modifier == nil ? i : i + 1
        guard target < w.count else { return nil }

        // "(in|last|next|this) February"
        if w[target].isCapitalized, let m = monthNames[w[target].lower] {
            let cued = modifier != nil || (i > 0 && monthCues.contains(w[i - 1].lower))
            guard cued else { return nil }
            let y: Int
            switch modifier {
            case "last": y = m < month ? year : year - 1
            case "next": y = m > month ? year : year + 1
            case "this": y = year
            default: y = m <= month || context.future ? year : year - 1
            }
            guard let interval = monthInterval(y, m) else { return nil }
            return Match(last: target, start: interval.start, end: interval.end, granularity: .month, includesCue: modifier != nil)
        }
        // "(on|last|next|this) Tuesday"
        if w[target].isCapitalized, let day = weekdays.firstIndex(of: w[target].lower) {
            let back = (published.weekday - day + 7) % 7, ahead = (day - published.weekday + 7) % 7
            let resolved: CivilDay
            switch modifier {
            case "last": resolved = published.adding(-(back == 0 ? 7 : back))
            case "next": resolved = published.adding(ahead == 0 ? 7 : ahead)
            case "this": resolved = published.adding(day - published.weekday)
            default: resolved = context.future ? published.adding(ahead == 0 ? 7 : ahead) : published.adding(-back)
            }
            return Match(last: target, start: resolved, end: resolved, granularity: .day, includesCue: modifier != nil)
        }
        // "yesterday", "today", "tomorrow"
        if let offset = ["yesterday": -1, "today": 0, "tomorrow": 1][word] {
            let day = published.adding(offset)
            return Match(last: i, start: day, end: day, granularity: .day, includesCue: true)
        }
        // "last week", "this month", "next year"
        if let modifier, let step = ["last": -1, "this": 0, "next": 1][modifier] {
            switch next {
            case "week":
                let monday = published.adding(-published.weekday + 7 * step)
                return Match(last: i + 1, start: monday, end: monday.adding(6), granularity: .week, includesCue: true)
            case "month":
                let index = year * 12 + month - 1 + step
                guard let interval = monthInterval(index / 12, index % 12 + 1) else { return nil }
                return Match(last: i + 1, start: interval.start, end: interval.end, granularity: .month, includesCue: true)
            case "year":
                guard let start = CivilDay(year: year + step, month: 1, day: 1), let end = CivilDay(year: year + step, month: 12, day: 31) else {
                    return nil
                }
                return Match(last: i + 1, start: start, end: end, granularity: .year, includesCue: true)
            default: return nil
            }
        }
        // "two days ago", "3 weeks ago"
        if let count = counts[word] ?? Int(word), count > 0, count <= 100, i + 2 < w.count, w[i + 2].lower == "ago" {
            switch next {
            case "day", "days":
                let day = published.adding(-count)
                return Match(last: i + 2, start: day, end: day, granularity: .day, includesCue: true)
            case "week", "weeks":
                let monday = published.adding(-published.weekday - 7 * count)
                return Match(last: i + 2, start: monday, end: monday.adding(6), granularity: .week, includesCue: true)
            default: return nil
            }
        }
        return nil
    }
}
