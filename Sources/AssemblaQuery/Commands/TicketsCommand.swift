/// `tickets [filters]`: the tickets of the spaces (milestones, users) in scope.
struct TicketsCommand: Command {
    let name = "tickets"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .ticket
    let summary = "list tickets of the selected space, milestone or user"
    let usage = "tickets [FIELD OP VALUE…]"
    let details = """
        Lists tickets in the context chosen before: a space, a milestone (its tickets), a user (tickets \
        assigned to them), or several spaces. Filters compare fields: `status=Test`, `priority<=2`, \
        `assigned_to=jsmith` (a login or a full name), `summary~login`, `updated_at>-7d`; `or` and \
        parentheses combine them. Derived fields: assigned_to, reporter, milestone, space, status_name, \
        custom fields by title (severity, build), and tags (names; fetched only when the statement \
        names the field: `tickets tags~backend`).
        """
    let examples = ["space \"Big Project\" | tickets status=Test",
                    "space \"Big Project\" | tickets assigned_to=\"John Smith\" priority=1 status=Test",
                    "space \"Big Project\" | tickets (status=New or status=Accepted) priority<3 | sort priority number"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        call.output(.ticket, try await call.filtered(try await TicketsCommand.scopedTickets(call), kind: .ticket))
    }

    /// Tickets in the call's scope (spaces, milestones, assignees), with derived fields, unfiltered.
    static func scopedTickets(_ call: CommandCall) async throws -> [Record] {
        let backend = call.context.backend
        let enricher = Enricher(lookups: call.context.lookups)
        let milestones = call.input.scope.milestones
        let records = try await call.concurrently(try await call.spacesInScope()) { space in
            let raw: [Record]
            if let milestones {
                let inSpace = milestones.filter { $0.text("space_id") == space.text("id") }
                var collected: [Record] = []
                for milestone in inSpace { collected += try await backend.tickets(space: space, milestone: milestone) }
                raw = collected
            } else {
                raw = try await backend.tickets(space: space, milestone: nil)
            }
            let enriched = try await enricher.enrich(raw, kind: .ticket, space: space)
            return call.needsTicketTags ? try await call.withTags(enriched, space: space) : enriched
        }
        return call.belonging(records, field: "assigned_to_id", to: call.input.scope.users)
    }
}
