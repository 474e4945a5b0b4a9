/// A ticket of a space; the record's fields read directly (`ticket.status`, `ticket.summary`).
@dynamicMemberLookup
public struct TicketHandle: Sendable, Hashable {
    /// The ticket as the API returned it.
    public let record: Ticket
    /// The space it belongs to.
    public let space: SpaceHandle

    /// A field of the record, e.g. `ticket.status`.
    public subscript<Value>(dynamicMember keyPath: KeyPath<Ticket, Value>) -> Value { record[keyPath: keyPath] }

    /// The ticket's comments (all pages, cached).
    public func comments() async throws -> [TicketComment] {
        try await space.cached(.comments(ticket: record.number), TicketCommentEndpoints.list(space.record.id, ticket: record.number))
    }

    /// The ticket's tags (cached).
    public func tags() async throws -> [Tag] {
        try await space.cached(.ticketTags(ticket: record.number), TicketEndpoints.tags(space.record.id, number: record.number))
    }
}
