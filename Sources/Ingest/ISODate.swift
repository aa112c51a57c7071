/// Normalises the dates that pages, feeds and dumps carry to ISO-8601, without Foundation's locale-dependent
/// formatters: `2024-04-12`, `2024-04-12T09:30:00Z`, `2024-04-12T09:30:00+01:00` (or no zone when none was given).
public enum ISODate {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// RFC 822 zone names and their offsets in minutes.
    static let zones: [String: Int] = ["GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
                                       "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "BST": 60, "CET": 60, "CEST": 120]

    /// The ISO-8601 form of `text` (ISO-8601 itself, `2024-04-12 09:30:00`, or RFC 822/1123 as in RSS), or nil
    /// when it is neither or names an impossible date.
    public static func normalize(_ text: String) -> String? {
        let trimmed = Whitespace.collapse(text)
        return iso(trimmed) ?? rfc822(trimmed)
    }

    /// `YYYY-MM-DD`, optionally `T` or space, `HH:MM[:SS[.fff]]`, optionally `Z` or `±HH[:]MM`.
    private static func iso(_ text: String) -> String? {
        let s = Array(text.unicodeScalars)
        var index = 0
        guard let year = number(s, &index, digits: 4), accept(s, &index, "-"), let month = number(s, &index, digits: 2),
              accept(s, &index, "-"), let day = number(s, &index, digits: 2), valid(year, month, day) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard index < s.count else { return date }
        guard s[index] == "T" || s[index] == " " || s[index] == "t" else { return nil }
        index += 1
        guard let time = clock(s, &index) else { return nil }
        if index < s.count, s[index] == "." || s[index] == "," {
            index += 1
            while index < s.count, s[index].properties.numericType != nil { index += 1 }
        }
        while index < s.count, s[index] == " " { index += 1 }
        guard index < s.count else { return "\(date)T\(time)" }
        guard let zone = offset(s, &index), index == s.count else { return nil }
        return "\(date)T\(time)\(zone)"
    }

    /// `[Day,] DD Mon YYYY [HH:MM[:SS]] [zone]`, as RSS writes dates.
    private static func rfc822(_ text: String) -> String? {
        var words = text.replacingCommas().split(separator: " ").map(String.init)
        if let first = words.first, first.count >= 3, Int(first) == nil { words.removeFirst() }
        guard words.count >= 3, let day = Int(words[0]), var year = Int(words[2]),
              let month = months.firstIndex(of: String(words[1].lowercased().prefix(3))).map({ $0 + 1 }) else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard valid(year, month, day) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard words.count >= 4 else { return date }
        let clockScalars = Array(words[3].unicodeScalars)
        var index = 0
        guard let time = clock(clockScalars, &index), index == clockScalars.count else { return nil }
        guard words.count >= 5 else { return "\(date)T\(time)" }
        let zoneScalars = Array(words[4].unicodeScalars)
        index = 0
        if let minutes = zones[words[4].uppercased()] { return "\(date)T\(time)\(format(minutes))" }
        guard let zone = offset(zoneScalars, &index), index == zoneScalars.count else { return nil }
        return "\(date)T\(time)\(zone)"
    }

    /// `HH:MM[:SS]` as `HH:MM:SS`.
    private static func clock(_ s: [Unicode.Scalar], _ index: inout Int) -> String? {
        guard let hour = number(s, &index, digits: 2), accept(s, &index, ":"), let minute = number(s, &index, digits: 2),
              hour < 24, minute < 60 else { return nil }
        var second = 0
        if accept(s, &index, ":") {
            guard let value = number(s, &index, digits: 2), value <= 60 else { return nil }
            second = min(value, 59)
        }
        return "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
    }

    /// `Z`, `±HH:MM`, `±HHMM` or `±HH`, formatted as `Z` or `±HH:MM`.
    private static func offset(_ s: [Unicode.Scalar], _ index: inout Int) -> String? {
        guard index < s.count else { return nil }
        if s[index] == "Z" || s[index] == "z" { index += 1; return "Z" }
        guard s[index] == "+" || s[index] == "-" else { return nil }
        let sign = s[index] == "-" ? -1 : 1
        index += 1
        guard let hours = number(s, &index, digits: 2), hours <= 14 else { return nil }
        _ = accept(s, &index, ":")
        let minutes = number(s, &index, digits: 2) ?? 0
        guard minutes < 60 else { return nil }
        return format(sign * (hours * 60 + minutes))
    }

    private static func format(_ minutes: Int) -> String {
        guard minutes != 0 else { return "Z" }
        return "\(minutes < 0 ? "-" : "+")\(pad(abs(minutes) / 60, 2)):\(pad(abs(minutes) % 60, 2))"
    }

    private static func number(_ s: [Unicode.Scalar], _ index: inout Int, digits: Int) -> Int? {
        guard index + digits <= s.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            guard let digit = Int(String(s[index + offset])), s[index + offset].isASCII else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    private static func accept(_ s: [Unicode.Scalar], _ index: inout Int, _ scalar: Unicode.Scalar) -> Bool {
        guard index < s.count, s[index] == scalar else { return false }
        index += 1
        return true
    }

    /// True for a real calendar day (leap years included) in years 1000–2999.
    static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard (1000...2999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysIn(month, of: year)
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

private extension String {
    func replacingCommas() -> String { String(map { $0 == "," ? " " : $0 }) }
}
