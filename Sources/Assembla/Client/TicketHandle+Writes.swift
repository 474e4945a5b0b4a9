extension TicketHandle {
    /// Changes only the given attributes (`PUT …/tickets/:number`), then returns the ticket
    /// as the server now has it. Names are resolved in the ticket's space.
    @discardableResult
    public func update(_ fields: TicketFields) async throws -> TicketHandle {
        try await prepareUpdate(fields).send()
    }

    /// ``update(_:)`` resolved (status, assignee, milestone and custom-field names are read)
    /// and not sent.
    public func prepareUpdate(_ fields: TicketFields) async throws -> PendingWrite<TicketHandle> {
        let attributes = try await space.ticketAttributes(fields)
        let (space, number) = (space, record.number)
        return space.pendingWrite(TicketEndpoints.update(space.record.id, number: number, attributes), invalidating: [.tickets]) { _ in
            try await space.ticket(number: number)
        }
    }

    /// Deletes the ticket.
    public func delete() async throws {
        try await prepareDelete().send()
    }

    /// ``delete()`` not sent.
    public func prepareDelete() -> PendingWrite<Void> {
        space.pendingWrite(TicketEndpoints.delete(space.record.id, number: record.number), invalidating: [.tickets]) { _ in }
    }

    /// Adds a comment.
    @discardableResult
    public func addComment(_ text: String) async throws -> TicketComment {
        try await prepareAddComment(text).send()
    }

    /// ``addComment(_:)`` not sent.
    public func prepareAddComment(_ text: String) -> PendingWrite<TicketComment> {
        space.pendingWrite(TicketCommentEndpoints.create(space.record.id, ticket: record.number, comment: text),
                           invalidating: [.tickets]) { $0 }
    }

    /// Replaces the text of comment `id`.
    public func editComment(_ id: Int, text: String) async throws {
        try await prepareEditComment(id, text: text).send()
    }

    /// ``editComment(_:text:)`` not sent.
    public func prepareEditComment(_ id: Int, text: String) -> PendingWrite<Void> {
        space.pendingWrite(TicketCommentEndpoints.update(space.record.id, ticket: record.number, id: id, comment: text),
                           invalidating: [.tickets]) { _ in }
    }
}
