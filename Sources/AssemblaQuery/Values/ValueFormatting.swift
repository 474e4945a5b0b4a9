import Foundation

/// Text forms of numbers and dates shared by every output format.
enum ValueFormatting {
    /// A double without a trailing `.0` noise beyond what is needed (`1.5`, `2`, `0.333`).
    static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }

    /// ISO-8601 in UTC: `2026-01-31` for days, `2026-01-31T10:00:00Z` otherwise.
    static func iso(_ date: Date, dayOnly: Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        if dayOnly { return day }
        return day + String(format: "T%02d:%02d:%02dZ", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}
