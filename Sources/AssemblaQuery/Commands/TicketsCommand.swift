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
        let outcome = try await TicketReader(call).read()
        if call.source?.countsOnly == true { return call.output(.scalar(.int(outcome.count))) }
        return call.output(.ticket, outcome.records)
    }
}
