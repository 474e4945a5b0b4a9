import Foundation

/// The meaning of `field OP value` and the order `sort` uses.
enum ValueComparison {
    /// Whether `lhs OP rhs` holds. Strings compare case-insensitively; users match login or
    /// name; numbers and dates compare by value (text that reads as a number or date too);
    /// a list matches `=` when an element does; a day on the right means the whole day (see `DateRule`).
    static func holds(_ lhs: Value, _ op: ComparisonOperator, _ rhs: Value) -> Bool {
        if op != .contains, op != .notContains, case .date(let date, _) = lhs, let (bound, wholeDay) = dateBound(rhs) {
            return DateRule.holds(date, op, bound, wholeDay: wholeDay)
        }
        switch op {
        case .equal: return equal(lhs, rhs)
        case .notEqual: return !equal(lhs, rhs)
        case .contains: return contains(lhs, rhs)
        case .notContains: return !contains(lhs, rhs)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard lhs != .null, rhs != .null, let order = order(lhs, rhs) else { return false }
            switch op {
            case .less: return order == .orderedAscending
            case .lessOrEqual: return order != .orderedDescending
            case .greater: return order == .orderedDescending
            default: return order != .orderedAscending
            }
        }
    }

    private static func equal(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.list(let items), _): return items.contains { equal($0, rhs) }
        case (.user(let user), _): return user.matches(rhs.plainText)
        case (_, .user(let user)): return user.matches(lhs.plainText)
        case (.bool(let a), .bool(let b)): return a == b
        default:
            if let order = order(lhs, rhs), lhs.isNumber || rhs.isNumber || isDate(lhs) || isDate(rhs) {
                return order == .orderedSame
            }
            return lhs.plainText.caseInsensitiveCompare(rhs.plainText) == .orderedSame
        }
    }

    private static func contains(_ lhs: Value, _ rhs: Value) -> Bool {
        let needle = rhs.plainText
        switch lhs {
        case .null: return false
        case .list(let items): return items.contains { contains($0, rhs) }
        case .user(let user): return user.login.localizedCaseInsensitiveContains(needle) || user.name.localizedCaseInsensitiveContains(needle)
        default: return lhs.plainText.localizedCaseInsensitiveContains(needle)
        }
    }

    /// A date on the right of an operator (a date value, or text that reads as an absolute
    /// date) and whether it is a whole day.
    private static func dateBound(_ value: Value) -> (Date, Bool)? {
        switch value {
        case .date(let date, let dayOnly): return (date, dayOnly)
        case .string(let text):
            guard let date = DateParsing.parse(text) else { return nil }
            return (date, text.count == 10)
        default: return nil
        }
    }

    private static func isDate(_ value: Value) -> Bool {
        if case .date = value { return true }
        return false
    }

    /// Order of two values, nil when they cannot be ordered (a record against a number…).
    static func order(_ lhs: Value, _ rhs: Value) -> ComparisonResult? {
        switch (lhs, rhs) {
        case (.date(let a, _), .date(let b, _)): return compare(a, b)
        case (.date(let a, _), .string(let text)): return DateParsing.parse(text).map { compare(a, $0) }
        case (.string(let text), .date(let b, _)): return DateParsing.parse(text).map { compare($0, b) }
        case (.bool(let a), .bool(let b)): return compare(a ? 1 : 0, b ? 1 : 0)
        case (.record, _), (_, .record): return nil
        default:
            if let a = lhs.number, let b = rhs.number, lhs.isNumber || rhs.isNumber { return compare(a, b) }
            return lhs.plainText.localizedStandardCompare(rhs.plainText)
        }
    }

    private static func compare<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
        a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
    }

    /// Sort order: nulls last, then by `order`.
    static func sortsBefore(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, _): return false
        case (_, .null): return true
        default: return order(lhs, rhs) == .orderedAscending
        }
    }
}
