/// Ticket tags: the API lists them per ticket or per tag, never inside a ticket, so the
/// `tags` field is filled only when a statement names it (a filter, `select`, `get`…).
extension CommandCall {
    /// Whether the statement names the `tags` field of tickets.
    var needsTicketTags: Bool { context.fieldNames.contains("tags") }

    /// `tickets` of one space with their `tags` field (tag names, null when none): one request
    /// for the space's tags plus one list per tag — not one request per ticket.
    func withTags(_ tickets: [Record], space: Record) async throws -> [Record] {
        let backend = context.backend
        let tags = try await backend.tags(space: space)
        let tagged = try await concurrently(tags) { tag in
            try await backend.ticketNumbers(tagged: tag, space: space).map { (number: $0, name: tag.text("name") ?? "") }
        }
        var names: [Int: [String]] = [:]
        for (number, name) in tagged { names[number, default: []].append(name) }
        return tickets.map { ticket in
            var record = ticket
            let number = (ticket["number"]?.number).flatMap { Int(exactly: $0) } ?? -1
            record.set("tags", names[number].map { .list($0.map(Value.string)) } ?? .null)
            return record
        }
    }

    /// One ticket with its `tags` field, from `GET …/tickets/:number/tags`.
    func withTags(ticket: Record, space: Record) async throws -> Record {
        let names = try await context.backend.tags(ticket: ticket, space: space).compactMap { $0.text("name") }
        var record = ticket
        record.set("tags", names.isEmpty ? .null : .list(names.map(Value.string)))
        return record
    }
}
