/// A space's status: 0 proposed, 1 active, 2 archived.
///
/// Any other code is kept as it is (see ``APICode``).
public struct SpaceStatus: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 0: proposed, not yet approved.
    public static let proposed = SpaceStatus(rawValue: 0)
    /// 1: in use.
    public static let active = SpaceStatus(rawValue: 1)
    /// 2: archived.
    public static let archived = SpaceStatus(rawValue: 2)

    /// The names of the known codes.
    public static let names: [Int: String] = [0: "proposed", 1: "active", 2: "archived"]
}
