import Assembla
import Foundation

/// Text forms of numbers and dates shared by every output format.
enum ValueFormatting {
    /// A double for people: whole numbers without `.0`, others rounded to 3 decimals (`1.5`, `2`, `0.333`).
    static func number(_ value: Double) -> String {
        if value.isNaN || value.isInfinite { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }

    /// ISO-8601 in UTC, as the API writes it: `2026-01-31` for days, `2026-01-31T10:00:00Z` otherwise.
    static func iso(_ date: Date, dayOnly: Bool) -> String {
        dayOnly ? APIDate.day(date) : APIDate.timestamp(date)
    }
}
