import Foundation

extension SandboxStore {
    /// Tickets, their comments and tags, statuses and custom fields (reads). Literal paths
    /// come before `:number` so `tickets/statuses` is not taken for a ticket number.
    static var ticketReadRoutes: [Route] {
        [
            Route("GET", "v1/spaces/:space/tickets") { try $0.listTickets($1) },
            Route("GET", "v1/spaces/:space/tickets/my_active") { store, request in
                try store.listTickets(request) { $0.state == 1 && $0.assignedToId == request.caller.id }
            },
            Route("GET", "v1/spaces/:space/tickets/my_followed") { store, request in
                try store.listTickets(request) { $0.state == 1 && $0.notificationList.contains(request.caller.id) }
            },
            Route("GET", "v1/spaces/:space/tickets/no_milestone") { try $0.listTickets($1) { $0.milestoneId == nil } },
            Route("GET", "v1/spaces/:space/tickets/custom_reports") { store, request in
                _ = try store.spaceIndex(request, tool: 13)
                return .noContent
            },
            Route("GET", "v1/spaces/:space/tickets/statuses") { try $0.listAll($1, tool: 13, \.statuses) },
            Route("GET", "v1/spaces/:space/tickets/statuses/:id") { try $0.show($1, tool: 13, \.statuses, id: \.id) },
            Route("GET", "v1/spaces/:space/tickets/custom_fields") { try $0.listAll($1, tool: 13, \.customFields) },
            Route("GET", "v1/spaces/:space/tickets/custom_fields/:id") {
                try $0.show($1, tool: 13, \.customFields, id: \.id)
            },
            Route("GET", "v1/spaces/:space/tickets/milestone/:milestone") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                let m = store.state.spaces[s].milestones[try store.index(in: s, \.milestones, id: \.id, request, parameter: "milestone")]
                return try store.listTickets(request) { $0.milestoneId == m.id }
            },
            Route("GET", "v1/spaces/:space/tickets/id/:id") { try $0.show($1, tool: 13, \.tickets, id: \.id) },
            Route("GET", "v1/spaces/:space/tickets/:number") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                return .json(store.state.spaces[s].tickets[try store.ticketIndex(request, in: s)].json)
            },
            Route("GET", "v1/spaces/:space/tickets/:number/tags") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                let ticket = store.state.spaces[s].tickets[try store.ticketIndex(request, in: s)]
                let tags = store.state.spaces[s].tags.filter { ticket.tags.contains($0.name) }
                return store.paged(tags, request, defaultPerPage: nil) { $0.json }
            },
            Route("GET", "v1/spaces/:space/tickets/:number/ticket_comments") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                let ticket = store.state.spaces[s].tickets[try store.ticketIndex(request, in: s)]
                return store.paged(store.state.spaces[s].comments[ticket.id] ?? [], request, defaultPerPage: nil) { $0.json }
            },
            Route("GET", "v1/spaces/:space/tickets/:number/ticket_comments/:id") { store, request in
                let (s, t, c) = try store.commentLocation(request)
                return .json(store.state.spaces[s].comments[t]![c].json)
            },
        ]
    }

    /// Lists the space's tickets that pass `include`, filtered by `report`, sorted by `sort_by`
    /// / `sort_order` (default: number ascending) and paged (10 per page by default).
    /// `number[]` (or `number`) fetches those tickets only, ignoring the other parameters.
    func listTickets(_ request: APIRequest, where include: ((TicketRecord) -> Bool)? = nil) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 13)
        let tickets = state.spaces[s].tickets
        let numbers = Set(request.queryValues("number").compactMap { Int($0) })
        if !numbers.isEmpty {
            return list(tickets.filter { numbers.contains($0.number) }.map(\.json))
        }
        let report = TicketReport(request.query("report"), caller: request.caller.id)
        // Positions, not records: a 10,000-ticket space is filtered and sorted without copying tickets.
        var selected = Array(tickets.indices)
        if include != nil || !report.includesAll {
            selected = selected.filter { (include?(tickets[$0]) ?? true) && report.includes(tickets[$0]) }
        }
        let descending = request.query("sort_order")?.lowercased() == "desc"
        TicketSortKey.sort(&selected, of: tickets, by: request.query("sort_by") ?? "number", descending: descending)
        return paged(selected, request, defaultPerPage: 10) { tickets[$0].json }
    }

    /// Space, ticket id and comment position for `…/tickets/:number/ticket_comments/:id`.
    func commentLocation(_ request: APIRequest, forWriting: Bool = false) throws -> (Int, Int, Int) {
        let s = try spaceIndex(request, tool: 13, forWriting: forWriting)
        let ticket = state.spaces[s].tickets[try ticketIndex(request, in: s)]
        let id = try intParameter(request, "id")
        guard let c = state.spaces[s].comments[ticket.id]?.firstIndex(where: { $0.id == id }) else { throw APIFailure.notFound }
        return (s, ticket.id, c)
    }
}
