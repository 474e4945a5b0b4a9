/// Whether a ticket (or a ticket status) is open (1) or closed (0).
///
/// Any other code is kept as it is (see ``APICode``).
public struct TicketState: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 0: closed (Fixed, Invalid, …).
    public static let closed = TicketState(rawValue: 0)
    /// 1: open (New, Accepted, Test, …).
    public static let open = TicketState(rawValue: 1)

    /// The names of the known codes.
    public static let names: [Int: String] = [0: "closed", 1: "open"]
}
