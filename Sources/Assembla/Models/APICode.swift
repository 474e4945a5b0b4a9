/// A value type over one of the API's numeric codes (priority, state, permission level):
/// known codes have named constants, any other code is kept as it is, not rejected, and an
/// integer literal works in its place (`ticket.priority == 1`).
public protocol APICode: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByIntegerLiteral,
    CustomStringConvertible where RawValue == Int, IntegerLiteralType == Int {
    /// Wraps the API's number (any value, known or not).
    init(rawValue: Int)
    /// The names of the known codes (what `description` shows).
    static var names: [Int: String] { get }
}

extension APICode {
    /// The value of an integer literal.
    public init(integerLiteral value: Int) { self.init(rawValue: value) }

    /// The code's name, or the number when it is not a known one.
    public var description: String { Self.names[rawValue] ?? "\(rawValue)" }
}
