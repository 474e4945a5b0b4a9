/// A space's or tool's permission level for a group (public, team, watchers): 0 none … 3 all.
///
/// Any other code is kept as it is (see ``APICode``).
public struct PermissionLevel: APICode, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// 0: no access.
    public static let none = PermissionLevel(rawValue: 0)
    /// 1: view.
    public static let view = PermissionLevel(rawValue: 1)
    /// 2: view and edit.
    public static let edit = PermissionLevel(rawValue: 2)
    /// 3: everything, administration included.
    public static let all = PermissionLevel(rawValue: 3)

    /// The names of the known codes.
    public static let names: [Int: String] = [0: "none", 1: "view", 2: "edit", 3: "all"]
}
