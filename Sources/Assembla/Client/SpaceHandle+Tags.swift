/// Tickets by tag: the API sends a ticket's tags only through `GET …/tickets/:number/tags`
/// (see ``TicketHandle/tags()``), so knowing the tags of many tickets is cheaper tag by tag.
extension SpaceHandle {
    /// The tickets that carry `tag` (`GET …/tags/:id/tickets`, all pages, cached).
    public func tickets(taggedWith tag: Tag) async throws -> [TicketHandle] {
        try await cached(.taggedTickets(tag: tag.id), TagEndpoints.tickets(record.id, tag: tag.id)).map { TicketHandle(record: $0, space: self) }
    }
}
