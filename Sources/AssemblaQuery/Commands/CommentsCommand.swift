/// `comments [filters]`: comments of the ticket(s) in scope.
struct CommentsCommand: Command {
    let name = "comments"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .comment
    let summary = "list comments of the selected ticket(s)"
    let usage = "comments [FIELD OP VALUE…]"
    let details = "Lists the comments of the tickets selected before (`ticket N`, or `tickets …` for several). Derived fields: author, ticket_number."
    let examples = ["space \"Big Project\" | ticket 301 | comments", "space \"Big Project\" | ticket 301 | comments author=jsmith | count"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        guard let tickets = call.input.scope.tickets else {
            throw call.usageError("`comments` needs tickets: `space NAME | ticket N | comments`", at: call.stage.headRange)
        }
        let backend = call.context.backend
        let enricher = Enricher(lookups: call.context.lookups, needed: call.source?.lookups)
        var pairs: [(Record, Record)] = []
        for ticket in tickets { pairs.append((ticket, try await call.space(of: ticket))) }
        let records = try await call.concurrently(pairs.map { Pair(ticket: $0.0, space: $0.1) }) { pair in
            let comments = try await backend.comments(ticket: pair.ticket, space: pair.space).map { comment in
                var record = comment
                record.set("ticket_number", pair.ticket["number"] ?? .null)
                return record
            }
            return try await enricher.enrich(comments, kind: .comment, space: pair.space)
        }
        return call.output(.comment, try await call.filtered(records, kind: .comment))
    }

    private struct Pair: Sendable {
        let ticket: Record
        let space: Record
    }
}
