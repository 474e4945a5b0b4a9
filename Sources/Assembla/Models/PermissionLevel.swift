/// A space's or tool's permission level for a group (public, team, watchers): 0 none … 3 all.
///
/// A value the library does not know (a newer API's) is kept as it is, not rejected:
/// compare with the constants, or read `rawValue`. Integer literals work too (`== 1`).
public struct PermissionLevel: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByIntegerLiteral,
    CustomStringConvertible, LenientDecodable {
    /// The API's number.
    public let rawValue: Int

    /// Wraps the API's number (any value, known or not).
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The value of an integer literal.
    public init(integerLiteral value: Int) { self.init(rawValue: value) }

    /// 0: no access.
    public static let none = PermissionLevel(rawValue: 0)
    /// 1: view.
    public static let view = PermissionLevel(rawValue: 1)
    /// 2: view and edit.
    public static let edit = PermissionLevel(rawValue: 2)
    /// 3: everything, administration included.
    public static let all = PermissionLevel(rawValue: 3)

    /// The constant's name, or the number when it is not one of them.
    public var description: String {
        switch rawValue {
        case 0: "none"
        case 1: "view"
        case 2: "edit"
        case 3: "all"
        default: "\(rawValue)"
        }
    }
}
