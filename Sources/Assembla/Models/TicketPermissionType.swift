/// Who may see a ticket: 0 normal (the team), 1 private, 2 public support.
///
/// A value the library does not know (a newer API's) is kept as it is, not rejected:
/// compare with the constants, or read `rawValue`. Integer literals work too (`== 1`).
public struct TicketPermissionType: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByIntegerLiteral,
    CustomStringConvertible, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number (any value, known or not).
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The value of an integer literal.
    public init(integerLiteral value: Int) { self.init(rawValue: value) }

    /// 0: visible to the space's team.
    public static let normal = TicketPermissionType(rawValue: 0)
    /// 1: private (only the people it names).
    public static let `private` = TicketPermissionType(rawValue: 1)
    /// 2: public (support tickets).
    public static let publicSupport = TicketPermissionType(rawValue: 2)

    /// The constant's name, or the number when it is not one of them.
    public var description: String {
        switch rawValue {
        case 0: "normal"
        case 1: "private"
        case 2: "public support"
        default: "\(rawValue)"
        }
    }
}
