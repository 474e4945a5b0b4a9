/// A user seen from a space; the record's fields read directly (`user.login`, `user.name`).
@dynamicMemberLookup
public struct UserHandle: Sendable, Hashable {
    /// The user as the API returned it.
    public let record: User
    /// The space the user was found in.
    public let space: SpaceHandle
    /// How `user(named:)` found this user (nil when it came from a list).
    public internal(set) var match: NameMatch?

    init(record: User, space: SpaceHandle) {
        self.record = record
        self.space = space
    }

    /// Handles are equal when their records and spaces are.
    public static func == (lhs: UserHandle, rhs: UserHandle) -> Bool { lhs.record == rhs.record && lhs.space == rhs.space }

    /// Hashes the record.
    public func hash(into hasher: inout Hasher) { hasher.combine(record) }

    /// The user in `users` called `name` (name, login or id; then ignoring case; then a
    /// unique part of the name), with how it matched.
    static func named(_ name: String, in users: [UserHandle]) throws -> UserHandle {
        let (found, match) = try matcher.match(name, in: users)
        var handle = found
        handle.match = match
        return handle
    }

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
