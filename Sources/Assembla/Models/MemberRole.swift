/// A user's role in a space (``UserRole/role``): `watcher`, `member` or `owner`.
///
/// Any other word is kept as it is (see ``APIWord``), so `role.role == "owner"` still works.
public struct MemberRole: APIWord, LenientDecodable {
    /// The API's text.
    public let rawValue: String

    /// Wraps the API's text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `watcher`: reads only.
    public static let watcher = MemberRole(rawValue: "watcher")
    /// `member`: reads and writes.
    public static let member = MemberRole(rawValue: "member")
    /// `owner`: administers the space.
    public static let owner = MemberRole(rawValue: "owner")
}
