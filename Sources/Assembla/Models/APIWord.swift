/// A value type over one of the API's words (stream objects and operations): known words
/// have named constants, any other word is kept, and a string literal works in its place
/// (`event.object == "Ticket"`).
public protocol APIWord: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String, StringLiteralType == String {
    /// Wraps the API's text (any value, known or not).
    init(rawValue: String)
}

extension APIWord {
    /// The value of a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The API's text.
    public var description: String { rawValue }
}
