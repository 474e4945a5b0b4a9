/// A tag's state: 1 proposed, 2 active, 4 hidden.
///
/// Any other code is kept as it is (see ``APICode``).
public struct TagState: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 1: suggested, not yet approved.
    public static let proposed = TagState(rawValue: 1)
    /// 2: in use.
    public static let active = TagState(rawValue: 2)
    /// 4: hidden from the tag lists.
    public static let hidden = TagState(rawValue: 4)

    /// The names of the known codes.
    public static let names: [Int: String] = [1: "proposed", 2: "active", 4: "hidden"]
}
