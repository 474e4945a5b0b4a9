import Foundation

extension SandboxStore {
    /// Time entries (writes), wrapped in `user_task`.
    static var taskWriteRoutes: [Route] {
        [
            Route("POST", "v1/tasks") { try $0.createTask($1) },
            Route("PUT", "v1/tasks/:id") { store, request in
                let index = try store.taskIndex(request)
                var task = store.state.tasks[index]
                try store.requireWriter(request.caller, inSpace: task.spaceId)
                try store.apply(Attributes(value: request.attributes(wrapper: "user_task")), to: &task,
                                caller: request.caller, creating: false)
                task.updatedAt = store.clock
                store.state.tasks[index] = task
                return .noContent
            },
            Route("DELETE", "v1/tasks/:id") { store, request in
                let index = try store.taskIndex(request)
                try store.requireWriter(request.caller, inSpace: store.state.tasks[index].spaceId)
                store.state.tasks.remove(at: index)
                return .noContent
            },
        ]
    }

    func createTask(_ request: APIRequest) throws -> APIResponse {
        let at = clock
        var task = TaskRecord(id: 0, description: "", url: nil, hours: 0, beginAt: at, endAt: at, spaceId: "",
                              ticketNumber: nil, ticketId: nil, userId: request.caller.id, createdAt: at, updatedAt: at)
        try apply(Attributes(value: request.attributes(wrapper: "user_task")), to: &task, caller: request.caller, creating: true)
        task.id = state.nextID(.task)
        state.tasks.append(task)
        return .created(task.json, location: "/v1/tasks/\(task.id)")
    }

    /// 403 unless `user` is an owner or member of the space `spaceID` (404 if not in it at all).
    func requireWriter(_ user: UserRecord, inSpace spaceID: String) throws {
        guard let s = state.spaceIndex(spaceID), let role = state.spaces[s].role(of: user.id) else { throw APIFailure.notFound }
        if role.role == "watcher" {
            throw APIFailure.forbidden("\(user.login) is a watcher of \(state.spaces[s].space.name) and cannot change it.")
        }
    }

    /// Validates and applies task attributes: `space_id`, `begin_at` and `hours` (> 0) required on
    /// create; `end_at` defaults to `begin_at`; `ticket_id` or `ticket_number` link a ticket of the space.
    private func apply(_ attributes: Attributes, to task: inout TaskRecord, caller: UserRecord, creating: Bool) throws {
        var validation = Validation()
        let spaceKey = attributes.string("space_id") ?? (creating ? nil : task.spaceId)
        let s = spaceKey.flatMap { state.spaceIndex($0) }
        if creating || attributes.has("space_id") {
            if spaceKey == nil { validation.add("space_id", "can't be blank") } else if s == nil { validation.add("space_id", "is not a known space") }
        }
        let begin = attributes.string("begin_at").flatMap(SandboxDates.parse)
        if creating && begin == nil { validation.add("begin_at", "can't be blank") }
        if attributes.has("begin_at") && !attributes.isNull("begin_at") && begin == nil { validation.add("begin_at", "is not a date") }
        let end = attributes.string("end_at").flatMap(SandboxDates.parse)
        if let raw = attributes.string("end_at"), !raw.isEmpty, end == nil { validation.add("end_at", "is not a date") }
        if creating || attributes.has("hours") {
            if let hours = attributes.double("hours") {
                if hours <= 0 { validation.add("hours", "must be greater than 0") }
            } else {
                validation.add("hours", "is not a number")
            }
        }
        if creating { validation.requirePresent("description", attributes.string("description")) }
        var ticket: TicketRecord?
        if let s, let id = attributes.int("ticket_id") {
            ticket = state.spaces[s].tickets.first { $0.id == id }
            if ticket == nil { validation.add("ticket_id", "is not a ticket of this space") }
        } else if let s, let number = attributes.int("ticket_number") {
            ticket = state.spaces[s].ticketIndex(number: number).map { state.spaces[s].tickets[$0] }
            if ticket == nil { validation.add("ticket_number", "is not a ticket of this space") }
        }
        try validation.check()
        if let s { try requireWriter(caller, inSpace: state.spaces[s].space.id) }

        if let s { task.spaceId = state.spaces[s].space.id }
        if let description = attributes.string("description") { task.description = description }
        if attributes.has("url") { task.url = attributes.string("url") }
        if let hours = attributes.double("hours") { task.hours = hours }
        if let begin { task.beginAt = SandboxDates.wholeSeconds(begin) }
        if let end { task.endAt = SandboxDates.wholeSeconds(end) } else if creating { task.endAt = task.beginAt }
        if let value = attributes.bool("billed") { task.billed = value }
        if let ticket {
            task.ticketId = ticket.id
            task.ticketNumber = ticket.number
        }
    }
}
