import Foundation

/// A JSON value whose objects keep their keys in order, so the sandbox answers with the
/// same field order as Assembla and the same bytes (and ETag) every time.
indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    /// Wraps an optional: `nil` becomes `null`.
    static func from(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
    /// Wraps an optional: `nil` becomes `null`.
    static func from(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The member `key` of an object, or `nil`.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The keys of an object, in order (empty for other values).
    var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.key)
    }

    /// True for `null`.
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The text of a string, or a number or boolean written as text.
    var text: String? {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return JSONValue.format(d)
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }

    /// An integer, also from an integral double or a numeric string.
    var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return Int(d)
        case .string(let s): return Int(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// A double, also from an integer or a numeric string.
    var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    /// A boolean, also from `"true"`/`"false"`/`"1"`/`"0"` and 0/1.
    var boolValue: Bool? {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .string(let s):
            switch s.lowercased() {
            case "true", "1": return true
            case "false", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// Doubles as Assembla writes them: always with a fractional part (`1.0`, `-1.0`, `2.5`).
    static func format(_ d: Double) -> String {
        if d.rounded() == d && abs(d) < 1e15 { return "\(Int(d)).0" }
        return "\(d)"
    }
}
