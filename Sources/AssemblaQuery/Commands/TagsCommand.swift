/// `tags [filters]`: the tags of the ticket(s) in scope, else of the space(s) in scope.
struct TagsCommand: SpaceListCommand {
    let name = "tags"
    let summary = "list tags of the selected ticket(s), or of the selected space(s)"
    let usage = "tags [FIELD OP VALUE…]"
    let details = "After `ticket N`: that ticket's tags; after `tickets …`: the tags any of them carries; else every tag of the space(s). state: 1 proposed, 2 active, 4 hidden."
    let examples = ["space \"Big Project\" | tags", "space \"Big Project\" | ticket 5 | tags",
                    "space \"Big Project\" | tags state=2 | get name"]
    let kind = RecordKind.tag

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.tags(space: space)
    }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let backend = call.context.backend
        guard let tickets = call.input.scope.tickets else {
            return try await call.perSpace(kind) { space in try await backend.tags(space: space) }
        }
        var records: [Record] = []
        if tickets.count == 1 {
            records = try await backend.tags(ticket: tickets[0], space: try await call.space(of: tickets[0]))
        } else {
            var bySpace: [(space: Record, numbers: Set<Int>)] = []
            for ticket in tickets {
                let space = try await call.space(of: ticket)
                let number = (ticket["number"]?.number).flatMap { Int(exactly: $0) } ?? -1
                if let index = bySpace.firstIndex(where: { $0.space.text("id") == space.text("id") }) {
                    bySpace[index].numbers.insert(number)
                } else {
                    bySpace.append((space, [number]))
                }
            }
            for (space, numbers) in bySpace {
                for tag in try await backend.tags(space: space) {
                    let tagged = try await backend.ticketNumbers(tagged: tag, space: space)
                    if !numbers.isDisjoint(with: tagged) { records.append(tag) }
                }
            }
        }
        return call.output(.tag, try await call.filtered(records, kind: .tag))
    }
}
