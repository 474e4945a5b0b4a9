import Foundation

/// Reading a date from text, the same way wherever it comes from (a bare word, a quoted
/// string, `$1`): an absolute date or day (`2026-11-28`, `2026-11-28T10:00Z`), a relative
/// time (`-7d`, `+2w`, `-24h`, `-30m`) or `now`, `today`, `yesterday`.
enum DateValue {
    /// The date `text` means at `now`, nil when it is not a date.
    static func read(_ text: String, now: Date) -> Value? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = DateParsing.parse(trimmed) { return .date(date, dayOnly: trimmed.count == 10) }
        guard let time = TimeExpression(text: trimmed) else { return nil }
        let value = time.value(now: now)
        // Past the years 0001–9999 it is no date the API carries (see NumberConversion).
        if case .date(let date, _) = value, !NumberConversion.isRepresentable(date) { return nil }
        return value
    }
}

extension TimeExpression {
    /// `now`, `today`, `yesterday` or a relative time such as `-7d`; nil for other text.
    init?(text: String) {
        switch text.lowercased() {
        case "now": self = .now
        case "today": self = .today
        case "yesterday": self = .yesterday
        default:
            guard case .relativeTime(let amount, let unit) = Lexer.classify(text) else { return nil }
            self = .offset(Double(amount) * TimeExpression.seconds(per: unit))
        }
    }

    /// Seconds in one `m`, `h`, `d` or `w`.
    static func seconds(per unit: Character) -> Double {
        switch unit {
        case "m": 60
        case "h": 3_600
        case "d": 86_400
        default: 604_800
        }
    }

    /// The expression as a value: `today` and `yesterday` are days (whole days in comparisons),
    /// `now` and relative times are instants.
    func value(now: Date) -> Value {
        .date(resolve(now: now), dayOnly: self == .today || self == .yesterday)
    }
}
