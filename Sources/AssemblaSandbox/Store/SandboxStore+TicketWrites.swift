import Foundation

extension SandboxStore {
    /// Tickets and comments (writes).
    static var ticketWriteRoutes: [Route] {
        [
            Route("POST", "v1/spaces/:space/tickets") { try $0.createTicket($1) },
            Route("PUT", "v1/spaces/:space/tickets/:number") { try $0.updateTicket($1) },
            Route("DELETE", "v1/spaces/:space/tickets/:number") { store, request in
                let s = try store.spaceIndex(request, tool: 13, forWriting: true)
                let removed = store.state.spaces[s].tickets.remove(at: try store.ticketIndex(request, in: s))
                store.state.spaces[s].comments[removed.id] = nil
                return .noContent
            },
            Route("POST", "v1/spaces/:space/tickets/:number/ticket_comments") { try $0.createComment($1) },
            Route("PUT", "v1/spaces/:space/tickets/:number/ticket_comments/:id") { store, request in
                let (s, ticketID, c) = try store.commentLocation(request, forWriting: true)
                let attributes = Attributes(value: request.attributes(wrapper: "ticket_comment"))
                var validation = Validation()
                validation.requirePresent("comment", attributes.string("comment"))
                try validation.check()
                store.state.spaces[s].comments[ticketID]![c].comment = attributes.string("comment")!
                store.state.spaces[s].comments[ticketID]![c].updatedAt = store.clock
                return .noContent
            },
        ]
    }

    func createTicket(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 13, forWriting: true)
        let data = state.spaces[s]
        let attributes = Attributes(value: request.attributes(wrapper: "ticket"))
        let at = clock
        let created = attributes.string("created_on").flatMap(SandboxDates.parse) ?? at
        let first = data.statuses.first
        var ticket = TicketRecord(
            id: 0, number: data.highestTicketNumber + 1, spaceId: data.space.id, summary: "",
            description: nil, priority: 3, completedDate: nil, createdOn: created, updatedAt: at, milestoneId: nil,
            notificationList: request.caller.id, state: first?.state ?? 1, status: first?.name ?? "New",
            assignedToId: nil, reporterId: request.caller.id,
            customFields: data.customFields.map { ($0.title, $0.defaultValue ?? "") }, tags: [])
        try apply(attributes, to: &ticket, in: s, creating: true)
        ticket.id = state.nextID(.ticket)
        state.spaces[s].tickets.append(ticket)
        state.spaces[s].highestTicketNumber = ticket.number
        recordTicketEvent(ticket, in: s, operation: "created", by: request.caller)
        return .created(ticket.json, location: "/v1/spaces/\(data.space.id)/tickets/\(ticket.number)")
    }

    func updateTicket(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 13, forWriting: true)
        let t = try ticketIndex(request, in: s)
        var ticket = state.spaces[s].tickets[t]
        try apply(Attributes(value: request.attributes(wrapper: "ticket")), to: &ticket, in: s, creating: false)
        ticket.updatedAt = clock
        state.spaces[s].tickets[t] = ticket
        recordTicketEvent(ticket, in: s, operation: "updated", by: request.caller)
        return .noContent
    }

    func createComment(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 13, forWriting: true)
        let ticket = state.spaces[s].tickets[try ticketIndex(request, in: s)]
        let attributes = Attributes(value: request.attributes(wrapper: "ticket_comment"))
        var validation = Validation()
        validation.requirePresent("comment", attributes.string("comment"))
        try validation.check()
        let at = clock
        let comment = CommentRecord(id: state.nextID(.comment), ticketId: ticket.id, userId: request.caller.id,
                                    comment: attributes.string("comment")!, createdOn: at, updatedAt: at)
        state.spaces[s].comments[ticket.id, default: []].append(comment)
        var event = ticketEvent(ticket, in: s, operation: "commented", by: request.caller)
        event.object = "Ticket Comment"
        event.whatchanged = ""
        event.ticket = .init(id: ticket.id, number: ticket.number, summary: ticket.summary, operation: "commented")
        event.commentOrDescription = String(comment.comment.prefix(80))
        state.events.insert(event, at: 0)
        let space = state.spaces[s].space.id
        return .created(comment.json, location: "/v1/spaces/\(space)/tickets/\(ticket.number)/ticket_comments/\(comment.id)")
    }

    /// Validates and applies ticket attributes: `summary` required, `status` by name, `priority`
    /// 1…5, `milestone_id` and `assigned_to_id` must exist, `custom_fields` by title (List values
    /// among the options), `tags` by name (unknown names become new active tags).
    private func apply(_ attributes: Attributes, to ticket: inout TicketRecord, in s: Int, creating: Bool) throws {
        let data = state.spaces[s]
        var validation = Validation()
        if creating || attributes.has("summary") { validation.requirePresent("summary", attributes.string("summary")) }
        let status = attributes.string("status").map { name in
            data.statuses.first { $0.name == name } ?? data.statuses.first { $0.name.lowercased() == name.lowercased() }
        }
        if let status, status == nil { validation.add("status", "is not a status of this space") }
        if attributes.has("priority"), !(1...5).contains(attributes.int("priority") ?? 0) {
            validation.add("priority", "is not included in the list")
        }
        let milestoneID = attributes.int("milestone_id")
        if attributes.has("milestone_id"), !attributes.isNull("milestone_id"),
           !data.milestones.contains(where: { $0.id == milestoneID }) {
            validation.add("milestone_id", "is not a milestone of this space")
        }
        let assignee = attributes.string("assigned_to_id").flatMap { key in
            state.users.first { $0.id == key || $0.login == key }
        }
        if let key = attributes.string("assigned_to_id"), !key.isEmpty,
           assignee == nil || data.role(of: assignee!.id) == nil {
            validation.add("assigned_to_id", "is not a member of this space")
        }
        for key in ["estimate", "working_hours", "importance", "story_importance", "permission_type", "hierarchy_type"]
        where attributes.isNotNumber(key) {
            validation.add(key, "is not a number")
        }
        var customValues: [(String, String)] = []
        if case .object(let members)? = attributes.value["custom_fields"] {
            for (title, value) in members {
                guard let field = data.customFields.first(where: { $0.title == title }) else {
                    validation.add("custom_fields", "'\(title)' is not a custom field of this space")
                    continue
                }
                let text = value.text ?? ""
                if !field.listOptions.isEmpty, !text.isEmpty, !field.listOptions.contains(text) {
                    validation.add("custom_fields", "'\(title)' must be one of \(field.listOptions.joined(separator: ", "))")
                }
                customValues.append((title, text))
            }
        }
        try validation.check()

        if let summary = attributes.string("summary") { ticket.summary = summary }
        if attributes.has("description") { ticket.description = attributes.string("description") }
        if let priority = attributes.int("priority") { ticket.priority = priority }
        if let status = status ?? nil {
            if ticket.state == 1 && status.state == 0 { ticket.completedDate = clock }
            if status.state == 1 { ticket.completedDate = nil }
            ticket.status = status.name
            ticket.state = status.state
        }
        if attributes.has("milestone_id") { ticket.milestoneId = milestoneID }
        if attributes.has("assigned_to_id") { ticket.assignedToId = assignee?.id }
        if attributes.has("component_id") { ticket.componentId = attributes.int("component_id") }
        if let value = attributes.int("permission_type") { ticket.permissionType = value }
        if let value = attributes.int("hierarchy_type") { ticket.hierarchyType = value }
        if let value = attributes.int("story_importance") { ticket.storyImportance = value }
        if let value = attributes.bool("is_story") { ticket.isStory = value }
        if let value = attributes.double("importance") { ticket.importance = value }
        if let value = attributes.double("estimate") { ticket.estimate = value; ticket.totalEstimate = value }
        if let value = attributes.double("working_hours") { ticket.workingHours = value }
        if let list = attributes.string("notification_list") { ticket.notificationList = list }
        if let followers = attributes.strings("followers") {
            let ids = followers.compactMap { state.user($0)?.id }
            ticket.notificationList = ([ticket.reporterId] + ids.filter { $0 != ticket.reporterId }).joined(separator: ",")
        }
        for (title, value) in customValues {
            if let index = ticket.customFields.firstIndex(where: { $0.title == title }) {
                ticket.customFields[index].value = value
            }
        }
        if let names = attributes.strings("tags") {
            for name in names where !state.spaces[s].tags.contains(where: { $0.name == name }) {
                state.spaces[s].tags.append(TagRecord(id: state.nextID(.tag), spaceId: data.space.id, name: name,
                                                      state: 2, createdAt: clock))
            }
            ticket.tags = names
        }
    }

    /// A stream event about a ticket, authored by `user`.
    private func ticketEvent(_ ticket: TicketRecord, in s: Int, operation: String, by user: UserRecord) -> EventRecord {
        let space = state.spaces[s].space
        return EventRecord(
            date: clock, operation: operation, object: "Ticket", objectId: String(ticket.id),
            title: "#\(ticket.number) \(ticket.summary)",
            url: "https://app.assembla.com/spaces/\(space.wikiName)/tickets/\(ticket.number)",
            spaceId: space.id, spaceName: space.name, authorId: user.id, authorName: user.name,
            commentOrDescription: ticket.description.map { String($0.prefix(80)) })
    }

    private func recordTicketEvent(_ ticket: TicketRecord, in s: Int, operation: String, by user: UserRecord) {
        state.events.insert(ticketEvent(ticket, in: s, operation: operation, by: user), at: 0)
    }
}
