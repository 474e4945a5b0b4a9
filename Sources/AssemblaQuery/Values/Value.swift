import Foundation

/// A value flowing through a pipeline. Typed; never `Any`.
enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    /// A date-time, or a calendar day (`dayOnly`, 00:00 UTC) such as a milestone's due date.
    case date(Date, dayOnly: Bool)
    /// A user: compares equal to the login or the full name, shows the name. Boxed, so a
    /// value stays 32 bytes (records hold dozens of values each).
    indirect case user(UserName)
    case record(Record)
    case list([Value])

    /// True for strings and bare text.
    var isText: Bool {
        if case .string = self { return true }
        return false
    }

    /// True for int and double.
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        default: return false
        }
    }

    /// The value as a number, when it is one (or text that reads as one, like a task's `hours`).
    var number: Double? {
        switch self {
        case .int(let value): return Double(value)
        case .double(let value): return value
        case .string(let text): return Double(text)
        case .bool, .null, .date, .user, .record, .list: return nil
        }
    }

    /// The value as plain text (what a table cell, CSV cell or `get` line shows).
    var plainText: String {
        switch self {
        case .null: return ""
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return ValueFormatting.number(value)
        case .string(let text): return text
        case .date(let date, let dayOnly): return ValueFormatting.iso(date, dayOnly: dayOnly)
        case .user(let user): return user.display
        case .record(let record): return record.fields.map { "\($0.name)=\($0.value.plainText)" }.joined(separator: " ")
        case .list(let values): return values.map(\.plainText).joined(separator: ", ")
        }
    }
}

/// A user's login and name as a field value.
struct UserName: Sendable, Equatable, Hashable {
    let login: String
    let name: String

    /// The name, or the login when the name is empty.
    var display: String { name.isEmpty ? login : name }

    /// True when `text` is the login or the name (case-insensitive).
    func matches(_ text: String) -> Bool {
        text.caseInsensitiveCompare(login) == .orderedSame || text.caseInsensitiveCompare(name) == .orderedSame
    }
}
