/// A calendar day as a count of days since 1970-01-01, for exact date arithmetic without Foundation's calendars.
struct CivilDay: Hashable, Comparable {
    /// Days since 1970-01-01 (negative before).
    let number: Int

    init(number: Int) { self.number = number }

    /// The day `year-month-day`, or nil when there is no such day.
    init?(year: Int, month: Int, day: Int) {
        guard ISODate.valid(year, month, day) else { return nil }
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// The day an ISO-8601 date or date-time falls on (its date part), or nil.
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day.
    var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Monday … 6 for Sunday.
    var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    /// `YYYY-MM-DD`.
    var iso: String {
        let (year, month, day) = components
        return "\(ISODate.pad(year, 4))-\(ISODate.pad(month, 2))-\(ISODate.pad(day, 2))"
    }

    func adding(_ days: Int) -> CivilDay { CivilDay(number: number + days) }

    static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.number < rhs.number }
}
