/// `ticket NUMBER` or `ticket FILTERS`: one ticket.
struct TicketCommand: Command {
    let name = "ticket"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .ticket
    let summary = "select one ticket by number, or the first that matches filters"
    let usage = "ticket NUMBER | ticket FIELD OP VALUE…"
    let details = "With a number, the ticket with that number in the selected space. With filters, the first matching ticket in the context (space, milestone, user). Then `comments`, `set`, `comment` and `get FIELD` work on it."
    let examples = ["space \"Big Project\" | ticket 201 | get status_name",
                    "space \"Big Project\" | user \"John Smith\" | ticket status_name=Test",
                    "space \"Big Project\" | ticket 301 | comments"]
    let argumentCount = 0...1
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        if call.stage.arguments.isEmpty {
            guard call.stage.condition != nil else { throw call.usageError("`ticket` needs a number or filters") }
            let matches = try await TicketReader(call).read().records
            guard let first = matches.first else {
                throw Diagnostic.runtime("no ticket matches", at: call.stage.range)
            }
            return call.output(.ticket, [first])
        }
        let argument = try call.value(of: call.stage.arguments[0])
        let number = try Self.number(of: argument, at: call.range(ofArgument: 0))
        let space = try call.singleSpace()
        let raw = try await call.context.backend.ticket(number: number, space: space)
        var tickets = try await Enricher(lookups: call.context.lookups, needed: call.source?.lookups).enrich([raw], kind: .ticket, space: space)
        if call.needsTicketTags { tickets = [try await call.withTags(ticket: tickets[0], space: space)] }
        tickets = call.belonging(tickets, field: "milestone_id", to: call.input.scope.milestones)
        tickets = call.belonging(tickets, field: "assigned_to_id", to: call.input.scope.users)
        tickets = try await call.filtered(tickets, kind: .ticket)
        guard let ticket = tickets.first else {
            throw Diagnostic.runtime("ticket #\(number) is not in the selected context", at: call.range(ofArgument: 0))
        }
        return call.output(.ticket, [ticket])
    }
}

extension TicketCommand {
    /// A ticket number, when known before running, must read as one (`301`, `#301`).
    func check(_ check: StageCheck) throws(Diagnostic) {
        guard let argument = check.stage.arguments.first, let value = try check.value(of: argument) else { return }
        _ = try Self.number(of: value, at: argument.range)
    }

    /// The ticket number `value` stands for (`301`, `#301`), by the one checked conversion.
    static func number(of value: Value, at range: SourceRange) throws(Diagnostic) -> Int {
        try NumberConversion.integer(value, in: NumberConversion.ticketNumbers, what: "`ticket`", at: range, allowHash: true,
                                     usage: TicketCommand().usage)
    }
}
