/// Checks and takes the day of ISO-8601 dates as text (`YYYY-MM-DD`, optionally followed by a time).
///
/// Dates stay strings in the graph: for `YYYY-MM-DD`, string order is date order, so comparing and
/// grouping need no calendar arithmetic.
public enum CalendarDay {
    /// The `YYYY-MM-DD` day that `text` starts with, or nil when it starts with no real calendar day
    /// (leap years included) or goes on with anything but a time (`T…` or ` …`).
    public static func day(of text: String) -> String? {
        let scalars = Array(text.unicodeScalars.prefix(11))
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        if scalars.count == 11, scalars[10] != "T", scalars[10] != " " { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let code = scalars[index].value
                guard (0x30...0x39).contains(code) else { return nil }
                value = value * 10 + Int(code - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= daysIn(month, of: year) else { return nil }
        return String(String.UnicodeScalarView(scalars.prefix(10)))
    }

    /// The `YYYY-MM` month of a valid day string.
    static func month(of day: String) -> String { String(day.prefix(7)) }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
