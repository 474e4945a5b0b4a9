/// A user seen from a space; the record's fields read directly (`user.login`, `user.name`).
@dynamicMemberLookup
public struct UserHandle: Sendable, Hashable {
    /// The user as the API returned it.
    public let record: User
    /// The space the user was found in.
    public let space: SpaceHandle

    static var matcher: NameMatcher<UserHandle> {
        NameMatcher(kind: "user", keys: { [$0.record.id, $0.record.login, $0.record.name] }, name: { $0.record.name })
    }

    /// A field of the record, e.g. `user.name`.
    public subscript<Value>(dynamicMember keyPath: KeyPath<User, Value>) -> Value { record[keyPath: keyPath] }

    /// The space's tickets assigned to this user.
    public func tickets() async throws -> [TicketHandle] {
        try await space.tickets().filter { $0.record.assignedToID == record.id }
    }

    /// The user's tickets that pass `filter`.
    public func tickets(where filter: TicketFilter) async throws -> [TicketHandle] {
        try await space.filtered(try await tickets(), by: filter)
    }

    /// The first of the user's tickets that passes `filter` (e.g. status "Test").
    public func ticket(where filter: TicketFilter) async throws -> TicketHandle {
        guard let found = try await tickets(where: filter).first else {
            throw AssemblaError(.noSuch(what: "ticket of \(record.name) matching \(filter.summary)"))
        }
        return found
    }
}
