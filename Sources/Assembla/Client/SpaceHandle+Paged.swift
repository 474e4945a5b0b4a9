extension SpaceHandle {
    /// The space's tickets as they arrive (see ``Paged``), in the API's order. The filter's
    /// server-side parts (``TicketFilter/report``, ``TicketFilter/numbers``,
    /// ``TicketFilter/sortBy``) go into the request; the rest is applied to each page
    /// (assignee and milestone names are looked up once, before the first request for tickets).
    ///
    /// ```swift
    /// for try await ticket in space.pagedTickets(where: TicketFilter(report: 1, sortBy: "updated_at", sortDescending: true)) {
    ///     print(ticket.number, ticket.summary)
    /// }
    /// ```
    public func pagedTickets(where filter: TicketFilter = TicketFilter()) -> Paged<TicketHandle> {
        let source = streamed(filter == TicketFilter() ? .tickets : nil, TicketEndpoints.list(record.id, filter))
        let space = self
        return Paged {
            var assigneeID: String?
            if let assignee = filter.assignee { assigneeID = try await space.user(named: assignee).record.id }
            var milestoneID: Int?
            if let milestone = filter.milestone { milestoneID = try await space.milestone(named: milestone).record.id }
            let (assignee, milestone) = (assigneeID, milestoneID)
            return try await source.open().compactMap { ticket in
                filter.matches(ticket, assigneeID: assignee, milestoneID: milestone)
                    ? TicketHandle(record: ticket, space: space) : nil
            }
        }
    }

    /// Every milestone, completed ones included, as they arrive.
    public func pagedMilestones() -> Paged<MilestoneHandle> {
        let space = self
        return streamed(.milestones, MilestoneEndpoints.all(record.id)).compactMap { MilestoneHandle(record: $0, space: space) }
    }

    /// The space's members as they arrive.
    public func pagedUsers() -> Paged<UserHandle> {
        let space = self
        return streamed(.members, UserEndpoints.members(record.id)).compactMap { UserHandle(record: $0, space: space) }
    }

    /// The space's tags as they arrive.
    public func pagedTags() -> Paged<Tag> { streamed(.tags, TagEndpoints.list(record.id)) }
}

extension MilestoneHandle {
    /// The milestone's tickets as they arrive (`GET …/tickets/milestone/:id`, or the space's
    /// cached ticket list when it holds one).
    public func pagedTickets() -> Paged<TicketHandle> {
        let space = self.space, id = record.id
        let source = space.streamed(.ticketsInMilestone(id), TicketEndpoints.inMilestone(space.record.id, milestone: id))
        return Paged {
            if let all: [Ticket] = await space.cache.peek(.tickets) {
                return PageReader(all.filter { $0.milestoneID == id }).compactMap { TicketHandle(record: $0, space: space) }
            }
            return try await source.open().compactMap { TicketHandle(record: $0, space: space) }
        }
    }
}

extension TicketHandle {
    /// The ticket's comments as they arrive.
    public func pagedComments() -> Paged<TicketComment> {
        space.streamed(.comments(ticket: record.number), TicketCommentEndpoints.list(space.record.id, ticket: record.number))
    }
}
