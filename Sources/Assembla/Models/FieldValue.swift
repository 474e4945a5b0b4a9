import Foundation

/// A typed field value, as the language and output formats see a model's fields.
public enum FieldValue: Sendable, Hashable {
    /// Absent or JSON null.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A decimal number.
    case double(Double)
    /// Text.
    case string(String)
    /// A point in time.
    case date(Date)
    /// A calendar day, `YYYY-MM-DD`.
    case day(String)
    /// A list of strings (e.g. tags, list options).
    case strings([String])
    /// A string-to-string map (e.g. custom fields by title).
    case object([String: String])
}

extension FieldValue {
    /// `.null` for nil, else the wrapped value.
    static func optional<T>(_ value: T?, _ wrap: (T) -> FieldValue) -> FieldValue {
        value.map(wrap) ?? .null
    }
}

/// One field of a model: its API (snake_case) name and typed value.
public struct APIField: Sendable, Hashable {
    /// The API field name, e.g. `wiki_name`.
    public var name: String
    /// The value.
    public var value: FieldValue

    /// Creates a field.
    public init(_ name: String, _ value: FieldValue) {
        self.name = name
        self.value = value
    }
}

/// A model that lists its fields in API order, so one list drives every display.
public protocol APIFieldsProviding {
    /// Every field, in the API's order.
    var apiFields: [APIField] { get }
}

extension APIFieldsProviding {
    /// The value of the field named `name` (API snake_case name), or nil when there is none.
    public func apiField(named name: String) -> FieldValue? {
        apiFields.first { $0.name == name }?.value
    }
}
