/// Who may see a ticket: 0 normal (the team), 1 private, 2 public support.
///
/// Any other code is kept as it is (see ``APICode``).
public struct TicketPermissionType: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 0: visible to the space's team.
    public static let normal = TicketPermissionType(rawValue: 0)
    /// 1: private (only the people it names).
    public static let `private` = TicketPermissionType(rawValue: 1)
    /// 2: public (support tickets).
    public static let publicSupport = TicketPermissionType(rawValue: 2)

    /// The names of the known codes.
    public static let names: [Int: String] = [0: "normal", 1: "private", 2: "public support"]
}
