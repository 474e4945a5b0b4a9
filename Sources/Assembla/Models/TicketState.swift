/// Whether a ticket (or a ticket status) is open (1) or closed (0).
///
/// A value the library does not know (a newer API's) is kept as it is, not rejected:
/// compare with the constants, or read `rawValue`. Integer literals work too (`== 1`).
public struct TicketState: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByIntegerLiteral,
    CustomStringConvertible, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number (any value, known or not).
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The value of an integer literal.
    public init(integerLiteral value: Int) { self.init(rawValue: value) }

    /// 0: closed (Fixed, Invalid, …).
    public static let closed = TicketState(rawValue: 0)
    /// 1: open (New, Accepted, Test, …).
    public static let open = TicketState(rawValue: 1)

    /// The constant's name, or the number when it is not one of them.
    public var description: String {
        switch rawValue {
        case 0: "closed"
        case 1: "open"
        default: "\(rawValue)"
        }
    }
}
