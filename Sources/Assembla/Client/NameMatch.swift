/// How a read lookup by name found its item (``SpaceHandle/match``, ``MilestoneHandle/match``):
/// what was asked, what was found and how loosely. Destructive calls (`delete()`,
/// `update(_:)`) refuse a handle found by a partial match, so `space(named: "Archive")`
/// can read "Big Project Archive" but not delete it.
public struct NameMatch: Sendable, Hashable, CustomStringConvertible {
    /// How the name matched.
    public enum Kind: Sendable, Hashable {
        /// The id, a key (wiki name, login) or the whole name, as typed.
        case exact
        /// A key or the whole name, ignoring case.
        case ignoringCase
        /// A unique part of the name.
        case partial
    }

    /// What was asked for.
    public let query: String
    /// The name of what was found.
    public let matched: String
    /// How.
    public let kind: Kind

    /// `"Archive" matched "Big Project Archive" (partial)`.
    public var description: String {
        let how = switch kind {
        case .exact: "exactly"
        case .ignoringCase: "ignoring case"
        case .partial: "as part of the name"
        }
        return "\"\(query)\" matched \"\(matched)\" \(how)"
    }

    /// Throws unless the match names the item exactly (a write must not act on a guess).
    func requireExact(for action: String, kind noun: String) throws {
        guard kind == .partial else { return }
        throw AssemblaError(.invalidArgument(reason:
            "refusing to \(action) \(noun) \"\(matched)\": it was found by a partial match of \"\(query)\"; "
            + "look it up by its whole name, id or wiki name"))
    }
}
