import Foundation

/// A value written in a script.
struct Expression: Sendable, Equatable {
    /// What was written.
    enum Kind: Sendable, Equatable {
        /// A literal value (string, number, date, `true`, `null`).
        case literal(Value)
        /// A bare word: a field name, a keyword or an unquoted string value.
        case word(String)
        /// `$name` or `$1`.
        case variable(String)
        /// `now`, `today`, `yesterday`, `-7d`…: resolved when evaluated.
        case time(TimeExpression)
        /// A quoted string that interpolates `$1` or `$name`.
        case template(TextTemplate)
    }

    let kind: Kind
    let range: SourceRange

    /// The text of a bare word, a string literal or a number, as a user would name something.
    var nameText: String? {
        switch kind {
        case .word(let text): return text
        case .literal(let value): return value.isText ? value.plainText : nil
        case .variable, .time, .template: return nil
        }
    }
}

/// A time relative to the moment a statement runs.
enum TimeExpression: Sendable, Equatable {
    case now
    case today
    case yesterday
    /// Seconds from now (negative = in the past).
    case offset(TimeInterval)

    /// The date this expression means at `now` (days start at 00:00 UTC).
    func resolve(now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        switch self {
        case .now: return now
        case .today: return calendar.startOfDay(for: now)
        case .yesterday: return calendar.startOfDay(for: now).addingTimeInterval(-86_400)
        case .offset(let seconds): return now.addingTimeInterval(seconds)
        }
    }
}
