/// What happened in an activity-stream event: `created`, `updated`, `commented`, `deleted`, …
///
/// A value the library does not know is kept as it is, not rejected: compare with the
/// constants, or read `rawValue`. String literals work too (`== "Ticket"`).
public struct StreamOperation: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible, LenientDecodable {
    /// The API's text.
    public let rawValue: String

    /// Wraps the API's text (any value, known or not).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The value of a string literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// `created`.
    public static let created = StreamOperation(rawValue: "created")
    /// `updated`.
    public static let updated = StreamOperation(rawValue: "updated")
    /// `commented`.
    public static let commented = StreamOperation(rawValue: "commented")
    /// `deleted`.
    public static let deleted = StreamOperation(rawValue: "deleted")

    /// The API's text.
    public var description: String { rawValue }
}
