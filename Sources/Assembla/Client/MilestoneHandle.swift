/// A milestone of a space; its record's fields read directly (`milestone.title`).
@dynamicMemberLookup
public struct MilestoneHandle: Sendable, Hashable {
    /// The milestone as the API returned it.
    public let record: Milestone
    /// The space it belongs to.
    public let space: SpaceHandle
    /// How ``SpaceHandle/milestone(named:)`` found it (nil when it came from a list).
    public internal(set) var match: NameMatch?

    init(record: Milestone, space: SpaceHandle) {
        self.record = record
        self.space = space
    }

    /// Handles are equal when their records and spaces are.
    public static func == (lhs: MilestoneHandle, rhs: MilestoneHandle) -> Bool {
        lhs.record == rhs.record && lhs.space == rhs.space
    }

    /// Hashes the record.
    public func hash(into hasher: inout Hasher) { hasher.combine(record) }

    /// A field of the record, e.g. `milestone.title`.
    public subscript<Value>(dynamicMember keyPath: KeyPath<Milestone, Value>) -> Value { record[keyPath: keyPath] }

    /// The milestone's tickets: filtered from the space's cached ticket list when there is
    /// one, else `GET …/tickets/milestone/:id` (all pages).
    public func tickets() async throws -> [TicketHandle] {
        if let all: [Ticket] = await space.cache.peek(.tickets) {
            return all.filter { $0.milestoneID == record.id }.map { TicketHandle(record: $0, space: space) }
        }
        return try await space.cached(.ticketsInMilestone(record.id), TicketEndpoints.inMilestone(space.record.id, milestone: record.id))
            .map { TicketHandle(record: $0, space: space) }
    }

    /// The milestone's tickets that pass `filter`.
    public func tickets(where filter: TicketFilter) async throws -> [TicketHandle] {
        try await space.filtered(try await tickets(), by: filter)
    }

    /// The milestone's ticket with this number.
    public func ticket(number: Int) async throws -> TicketHandle {
        guard let found = try await tickets().first(where: { $0.record.number == number }) else {
            throw AssemblaError(.noSuch(what: "ticket #\(number) in milestone \"\(record.title)\""))
        }
        return found
    }

    /// The space's users with tickets in this milestone.
    public func users() async throws -> [UserHandle] {
        let assignees = Set(try await tickets().compactMap(\.record.assignedToID))
        return try await space.users().filter { assignees.contains($0.record.id) }
    }

    /// The user with tickets in this milestone called `name` (name or login).
    public func user(named name: String) async throws -> UserHandle {
        let users = try await users()
        return try UserHandle.named(name, in: users)
    }
}
