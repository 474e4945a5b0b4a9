import Foundation

extension SandboxStore {
    /// Milestones (writes).
    static var milestoneWriteRoutes: [Route] {
        [
            Route("POST", "v1/spaces/:space/milestones") { try $0.createMilestone($1) },
            Route("PUT", "v1/spaces/:space/milestones/:id") { store, request in
                let s = try store.spaceIndex(request, tool: 9, forWriting: true)
                let m = try store.index(in: s, \.milestones, id: \.id, request)
                var milestone = store.state.spaces[s].milestones[m]
                try store.apply(Attributes(value: request.attributes(wrapper: "milestone")), to: &milestone, creating: false)
                milestone.updatedAt = store.clock
                milestone.updatedBy = request.caller.id
                store.state.spaces[s].milestones[m] = milestone
                return .noContent
            },
            Route("DELETE", "v1/spaces/:space/milestones/:id") { store, request in
                let s = try store.spaceIndex(request, tool: 9, forWriting: true)
                let removed = store.state.spaces[s].milestones.remove(at: try store.index(in: s, \.milestones, id: \.id, request))
                for t in store.state.spaces[s].tickets.indices where store.state.spaces[s].tickets[t].milestoneId == removed.id {
                    store.state.spaces[s].tickets[t].milestoneId = nil
                }
                return .noContent
            },
        ]
    }

    func createMilestone(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 9, forWriting: true)
        let at = clock
        var milestone = MilestoneRecord(
            id: 0, spaceId: state.spaces[s].space.id, title: "", description: nil, dueDate: nil, userId: nil,
            createdAt: at, createdBy: request.caller.id, updatedAt: at, updatedBy: request.caller.id,
            isCompleted: false, completedDate: nil, releaseLevel: nil, releaseNotes: nil)
        try apply(Attributes(value: request.attributes(wrapper: "milestone")), to: &milestone, creating: true)
        milestone.id = state.nextID(.milestone)
        state.spaces[s].milestones.append(milestone)
        return .created(milestone.json, location: "/v1/spaces/\(milestone.spaceId)/milestones/\(milestone.id)")
    }

    /// Validates and applies milestone attributes: `title` required, `due_date` a day, `release_level` 1…3.
    func apply(_ attributes: Attributes, to milestone: inout MilestoneRecord, creating: Bool) throws {
        var validation = Validation()
        if creating || attributes.has("title") { validation.requirePresent("title", attributes.string("title")) }
        let due = attributes.string("due_date").flatMap { $0.isEmpty ? nil : $0 }
        if let due, SandboxDates.parse(due) == nil { validation.add("due_date", "is not a date") }
        if attributes.has("release_level"), !attributes.isNull("release_level"),
           !(1...3).contains(attributes.int("release_level") ?? 0) {
            validation.add("release_level", "is not included in the list")
        }
        if attributes.isNotNumber("planner_type") { validation.add("planner_type", "is not a number") }
        let owner = attributes.string("user_id").flatMap { state.user($0) }
        if let key = attributes.string("user_id"), !key.isEmpty, owner == nil { validation.add("user_id", "is not a known user") }
        try validation.check()

        if let title = attributes.string("title") { milestone.title = title }
        if attributes.has("description") { milestone.description = attributes.string("description") }
        if attributes.has("due_date") { milestone.dueDate = due.flatMap(SandboxDates.parse).map(SandboxDates.day) }
        if attributes.has("user_id") { milestone.userId = owner?.id }
        if attributes.has("release_level") { milestone.releaseLevel = attributes.int("release_level") }
        if attributes.has("release_notes") { milestone.releaseNotes = attributes.string("release_notes") }
        if let planner = attributes.int("planner_type") { milestone.plannerType = planner }
        if let completed = attributes.bool("is_completed"), completed != milestone.isCompleted {
            milestone.isCompleted = completed
            milestone.completedDate = completed ? SandboxDates.day(clock) : nil
        }
    }
}
