import Foundation

/// The date rule, the one place that says what comparing a date with a date means: a day
/// (`2026-11-28`, `today`, `yesterday`) stands for the whole day [00:00, next 00:00) UTC in
/// every operator, a time for that instant.
///
/// | filter | holds for a date `d` when |
/// |---|---|
/// | `=day` | `day ≤ d < day+1` |
/// | `<day` | `d < day` |
/// | `<=day` | `d < day+1` (the day included) |
/// | `>day` | `d ≥ day+1` (starts after it) |
/// | `>=day` | `d ≥ day` |
///
/// so `>=day <=day` is exactly `=day`. `since=` means `>=`, `until=` means `<=`.
enum DateRule {
    /// Whether `date OP bound` holds.
    static func holds(_ date: Date, _ op: ComparisonOperator, _ bound: Date, wholeDay: Bool) -> Bool {
        let end = wholeDay ? bound.addingTimeInterval(86_400) : bound
        switch op {
        case .equal, .contains: return wholeDay ? (date >= bound && date < end) : date == bound
        case .notEqual, .notContains: return !holds(date, .equal, bound, wholeDay: wholeDay)
        case .less: return date < bound
        case .lessOrEqual: return wholeDay ? date < end : date <= bound
        case .greater: return wholeDay ? date >= end : date > bound
        case .greaterOrEqual: return date >= bound
        }
    }

    /// The first instant `>= bound` admits (`since=`).
    static func start(_ bound: Date, wholeDay: Bool) -> Date { bound }

    /// The instant just after the last one `<= bound` admits (`until=`), for asking the API.
    static func end(_ bound: Date, wholeDay: Bool) -> Date { wholeDay ? bound.addingTimeInterval(86_400) : bound }
}
