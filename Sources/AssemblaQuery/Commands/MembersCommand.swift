/// `members [filters]`: memberships (user roles) of the space(s) in scope.
struct MembersCommand: SpaceListCommand {
    let name = "members"
    let summary = "list memberships (user roles) of the selected space(s)"
    let usage = "members [FIELD OP VALUE…]"
    let details = "Each membership has a role (owner, member, watcher) and a derived `user` (name; matches the login too)."
    let examples = ["space \"Big Project\" | members", "space \"Big Project\" | members role=watcher"]
    let kind = RecordKind.member

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.members(space: space)
    }
}
