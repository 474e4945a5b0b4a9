extension TicketHandle {
    /// Changes only the given attributes (`PUT …/tickets/:number`), then returns the ticket
    /// as the server now has it. Names are resolved in the ticket's space.
    @discardableResult
    public func update(_ fields: TicketFields) async throws -> TicketHandle {
        let attributes = try await space.ticketAttributes(fields)
        try await space.write(invalidating: [.tickets]) {
            try await space.core.send(TicketEndpoints.update(space.record.id, number: record.number, attributes))
        }
        return try await space.ticket(number: record.number)
    }

    /// Deletes the ticket.
    public func delete() async throws {
        try await space.write(invalidating: [.tickets]) {
            try await space.core.send(TicketEndpoints.delete(space.record.id, number: record.number))
        }
    }

    /// Adds a comment.
    @discardableResult
    public func addComment(_ text: String) async throws -> TicketComment {
        try await space.write(invalidating: [.tickets]) {
            try await space.core.send(TicketCommentEndpoints.create(space.record.id, ticket: record.number, comment: text))
        }
    }

    /// Replaces the text of comment `id`.
    public func editComment(_ id: Int, text: String) async throws {
        try await space.write(invalidating: [.tickets]) {
            try await space.core.send(TicketCommentEndpoints.update(space.record.id, ticket: record.number, id: id, comment: text))
        }
    }
}
