import Foundation

/// The attributes of a write request's body, read tolerantly (numbers may come as strings).
struct Attributes {
    let value: JSONValue

    /// Whether the body names `key` at all (even as `null`).
    func has(_ key: String) -> Bool { value[key] != nil }

    /// Whether `key` is present and `null`.
    func isNull(_ key: String) -> Bool { value[key]?.isNull ?? false }

    /// A string (numbers and booleans as text); `nil` when absent or null.
    func string(_ key: String) -> String? { value[key]?.text }

    /// An integer; `nil` when absent, null or not a number.
    func int(_ key: String) -> Int? { value[key]?.intValue }

    /// A number; `nil` when absent, null or not a number.
    func double(_ key: String) -> Double? { value[key]?.doubleValue }

    /// A boolean; `nil` when absent, null or not a boolean.
    func bool(_ key: String) -> Bool? { value[key]?.boolValue }

    /// A list of strings: a JSON array, or one comma-separated string.
    func strings(_ key: String) -> [String]? {
        switch value[key] {
        case .array(let items)?: return items.compactMap(\.text)
        case .string(let text)?: return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: return nil
        }
    }

    /// Whether `key` is present but neither null nor a number.
    func isNotNumber(_ key: String) -> Bool {
        guard let field = value[key], !field.isNull else { return false }
        return field.doubleValue == nil
    }
}

