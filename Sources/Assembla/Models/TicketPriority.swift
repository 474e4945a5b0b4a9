/// A ticket's priority: 1 (highest) … 5 (lowest).
///
/// Any other code is kept as it is (see ``APICode``).
public struct TicketPriority: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

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

    /// The names of the known codes.
    public static let names: [Int: String] = [1: "highest", 2: "high", 3: "normal", 4: "low", 5: "lowest"]
}
