import Foundation

/// Fast parsing and formatting of the API's timestamps without Foundation formatters:
/// `2014-09-10T13:39:40Z`, `2014-09-08T16:32:06+03:00`, fractional seconds, a space
/// instead of `T`, and date-only `2014-09-18` (midnight UTC).
public enum APIDate {
    /// Parses an ISO-8601 timestamp or a date-only string; nil when it is neither.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        func digits(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= b.count else { return nil }
            var value = 0
            for index in start..<(start + count) {
                let c = b[index]
                guard c >= 48, c <= 57 else { return nil }
                value = value * 10 + Int(c - 48)
            }
            return value
        }
        guard let year = digits(0, 4), b.count >= 10, b[4] == 45, let month = digits(5, 2), b[7] == 45,
              let day = digits(8, 2), (1...12).contains(month), (1...daysIn(year: year, month: month)).contains(day) else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if b.count == 10 { return Date(timeIntervalSince1970: seconds) }
        guard b.count >= 16, b[10] == 84 || b[10] == 116 || b[10] == 32,
              let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2),
              hour < 24, minute < 60 else { return nil }
        var index = 16
        var second = 0.0
        if index < b.count, b[index] == 58 {
            guard let whole = digits(17, 2), whole < 61 else { return nil }
            second = Double(whole)
            index = 19
            if index < b.count, b[index] == 46 || b[index] == 44 {
                index += 1
                var fraction = 0
                var scale = 1
                let fractionStart = index
                while index < b.count, b[index] >= 48, b[index] <= 57 {
                    if scale < 1_000_000_000 {
                        fraction = fraction * 10 + Int(b[index] - 48)
                        scale *= 10
                    }
                    index += 1
                }
                guard index > fractionStart else { return nil }
                second += Double(fraction) / Double(scale)
            }
        }
        seconds += Double(hour * 3600 + minute * 60) + second
        if index == b.count { return Date(timeIntervalSince1970: seconds) }
        switch b[index] {
        case 90, 122: // Z z
            guard index + 1 == b.count else { return nil }
        case 43, 45: // + -
            let sign = b[index] == 43 ? 1.0 : -1.0
            guard let offsetHours = digits(index + 1, 2) else { return nil }
            var offsetMinutes = 0
            var end = index + 3
            if end < b.count, b[end] == 58 { end += 1 }
            if end < b.count {
                guard let minutes = digits(end, 2) else { return nil }
                offsetMinutes = minutes
                end += 2
            }
            guard end == b.count else { return nil }
            seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
        default:
            return nil
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// The UTC instant of a date and time in the proleptic Gregorian calendar the API's ISO-8601
    /// dates use (also before 1582); nil when the date or time does not exist (`2026-02-30`,
    /// `25:00`) or the year is outside 0001–9999.
    ///
    /// ```swift
    /// APIDate.date(year: 2026, month: 11, day: 28, hour: 10)   // 2026-11-28T10:00:00Z
    /// ```
    public static func date(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date? {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...daysIn(year: year, month: month)).contains(day),
              (0..<24).contains(hour), (0..<60).contains(minute), (0..<61).contains(second) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second))
    }

    /// Days in `month` of `year`, proleptic Gregorian.
    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The dates the API's formats can carry: 0001-01-01T00:00:00Z through 9999-12-31T23:59:59Z.
    public static let representable: ClosedRange<Date> =
        Date(timeIntervalSince1970: -62_135_596_800)...Date(timeIntervalSince1970: 253_402_300_799)

    /// `date` itself when the API's formats can carry it (years 0001–9999).
    /// - Throws: `AssemblaError` (`.invalidArgument`) naming `what`, instead of sending a year
    ///   like -273788674 or trapping on a date billions of years away.
    @discardableResult
    public static func checked(_ date: Date?, _ what: String) throws -> Date? {
        guard let date else { return nil }
        guard date.timeIntervalSince1970.isFinite, representable.contains(date) else {
            throw AssemblaError(.invalidArgument(reason: "\(what) is outside the years 0001–9999"))
        }
        return date
    }

    /// UTC calendar fields of `date`; a date outside `representable` (or not finite) is
    /// clamped to its nearest end, so formatting never traps. Callers that send a date
    /// check it with `checked(_:_:)` first.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let raw = date.timeIntervalSince1970
        let bounds = representable.lowerBound.timeIntervalSince1970...representable.upperBound.timeIntervalSince1970
        let clamped = raw.isNaN ? bounds.lowerBound : min(max(raw, bounds.lowerBound), bounds.upperBound)
        let total = Int(clamped.rounded(.down))
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let secondsOfDay = total - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, secondsOfDay / 3600, secondsOfDay % 3600 / 60, secondsOfDay % 60)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// `2014-09-10T13:39:40Z` (UTC).
    public static func timestamp(_ date: Date) -> String {
        let c = civil(date)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))Z"
    }

    /// `2014-09-10 13:39` (UTC) — the activity and task `from`/`to` parameter format.
    static func minuteParameter(_ date: Date) -> String {
        let c = civil(date)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2)) \(pad(c.hour, 2)):\(pad(c.minute, 2))"
    }

    /// `2014-09-10` (UTC).
    public static func day(_ date: Date) -> String {
        let c = civil(date)
        return day(year: c.year, month: c.month, day: c.day)
    }

    /// `2014-09-10`.
    static func day(year: Int, month: Int, day: Int) -> String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The timestamp models encode: `2014-09-10T13:39:40Z`, with the fraction of a second
    /// (microseconds) when there is one, so encoding and decoding give the same `Date`.
    static func codingTimestamp(_ date: Date) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let micros = Int(((date.timeIntervalSince1970 - whole) * 1_000_000).rounded())
        guard micros > 0, micros < 1_000_000 else { return timestamp(date) }
        var text = timestamp(Date(timeIntervalSince1970: whole))
        text.removeLast()
        return text + "." + pad(micros, 6) + "Z"
    }
}
