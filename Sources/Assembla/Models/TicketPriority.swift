/// A ticket's priority: 1 (highest) … 5 (lowest).
///
/// A value the library does not know (a newer API's) is kept as it is, not rejected:
/// compare with the constants, or read `rawValue`. Integer literals work too (`== 1`).
public struct TicketPriority: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByIntegerLiteral,
    CustomStringConvertible, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number (any value, known or not).
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The value of an integer literal.
    public init(integerLiteral value: Int) { self.init(rawValue: value) }

    /// 1.
    public static let highest = TicketPriority(rawValue: 1)
    /// 2.
    public static let high = TicketPriority(rawValue: 2)
    /// 3.
    public static let normal = TicketPriority(rawValue: 3)
    /// 4.
    public static let low = TicketPriority(rawValue: 4)
    /// 5.
    public static let lowest = TicketPriority(rawValue: 5)

    /// The constant's name, or the number when it is not one of them.
    public var description: String {
        switch rawValue {
        case 1: "highest"
        case 2: "high"
        case 3: "normal"
        case 4: "low"
        case 5: "lowest"
        default: "\(rawValue)"
        }
    }
}
