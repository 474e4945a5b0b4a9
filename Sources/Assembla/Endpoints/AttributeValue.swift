import Foundation

/// A value in a write request's attributes (`{"ticket":{"summary":"…","priority":2}}`).
public enum AttributeValue: Sendable, Hashable, Encodable {
    /// JSON null (clears a field).
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A decimal number.
    case double(Double)
    /// Text.
    case string(String)
    /// A list of strings (tags).
    case strings([String])
    /// An object (custom fields by title).
    case object([String: AttributeValue])

    /// Encodes as the matching JSON value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .strings(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// Attribute name (API snake_case) → value, as sent in a write.
public typealias Attributes = [String: AttributeValue]

/// Encodes write bodies: attributes wrapped in the resource's name, keys sorted.
enum JSONBody {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `{"<wrapper>": {attributes}}`.
    static func wrapped(_ wrapper: String, _ attributes: Attributes) -> Data {
        encode([wrapper: AttributeValue.object(attributes)])
    }

    /// `{attributes}`, unwrapped.
    static func plain(_ attributes: Attributes) -> Data { encode(attributes) }

    private static func encode(_ value: [String: AttributeValue]) -> Data {
        // Encoding these plain values cannot fail.
        (try? encoder.encode(value)) ?? Data("{}".utf8)
    }
}
