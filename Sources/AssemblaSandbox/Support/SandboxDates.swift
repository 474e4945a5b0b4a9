import Foundation

/// The date formats Assembla uses: `2026-11-20T10:00:00Z` for times, `2026-11-20` for days,
/// and the query formats clients send (`YYYY-MM-DD HH:MM`, `dd/mm/yyyy`, …).
enum SandboxDates {
    private static let utc = TimeZone(identifier: "UTC")!

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }

    /// `2026-11-20T10:00:00Z` (UTC, whole seconds).
    static func timestamp(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// `2026-11-20` (UTC).
    static func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// `date` truncated to whole seconds.
    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// Parses the date forms clients send in queries and bodies: ISO-8601 timestamps
    /// (`Z` or an offset), `YYYY-MM-DD[ HH:MM[:SS]]`, `dd/mm/yyyy[ HH:MM]`, `dd.mm.yyyy[ HH:MM]`.
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = parseISO(trimmed) { return date }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        guard let first = parts.first else { return nil }
        var year = 0, month = 0, day = 0
        if first.contains("-") {
            let n = first.split(separator: "-").compactMap { Int($0) }
            guard n.count == 3 else { return nil }
            (year, month, day) = (n[0], n[1], n[2])
        } else if first.contains("/") || first.contains(".") {
            let n = first.split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
            guard n.count == 3 else { return nil }
            (year, month, day) = (n[2], n[1], n[0])
        } else {
            return nil
        }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            let t = parts[1].split(separator: ":").compactMap { Int($0) }
            guard t.count >= 2 else { return nil }
            hour = t[0]
            minute = t[1]
            second = t.count > 2 ? t[2] : 0
        }
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    private static func parseISO(_ text: String) -> Date? {
        guard text.count >= 20, text.dropFirst(10).first == "T" else { return nil }
        let strategy = Date.ISO8601FormatStyle(includingFractionalSeconds: false)
        if let date = try? strategy.parse(text) { return date }
        return try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
