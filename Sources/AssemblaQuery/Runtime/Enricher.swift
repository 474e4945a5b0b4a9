/// Adds the friendly derived fields to API records, from lists fetched once per statement:
/// a ticket's `assigned_to`, `reporter`, `milestone`, `space`, `status_name` and custom
/// fields by title; a task's `space`, `user`; an event's `author`, `space`; a comment's `author`…
/// Only the lookups in `needed` are fetched (nil: all); fields that need another lookup
/// are left out, since the plan showed no later stage reads them.
struct Enricher: Sendable {
    let lookups: Lookups
    var needed: Set<Lookup>? = nil

    private func uses(_ lookup: Lookup) -> Bool { needed?.contains(lookup) ?? true }

    /// The records of `kind` from `space` (nil: each record's own `space_id`) with derived fields.
    func enrich(_ records: [Record], kind: RecordKind, space: Record?) async throws -> [Record] {
        switch kind {
        case .ticket:
            guard let space else { return records }
            let users = uses(.users) ? try await userIndex([space]) : nil
            let milestones = uses(.milestones) ? try await lookups.milestones(of: space) : []
            let titles = Dictionary(milestones.compactMap { m in m.text("id").map { ($0, m.text("title") ?? "") } }, uniquingKeysWith: { a, _ in a })
            let spaceName = space.text("name") ?? ""
            return records.map { ticket in
                var record = ticket
                if let users {
                    record.set("assigned_to", user(ticket.text("assigned_to_id"), users))
                    record.set("reporter", user(ticket.text("reporter_id"), users))
                }
                if uses(.milestones) {
                    record.set("milestone", ticket.text("milestone_id").flatMap { titles[$0] }.map(Value.string) ?? .null)
                }
                record.set("space", .string(spaceName))
                record.set("status_name", ticket["status"] ?? .null)
                if case .record(let custom)? = ticket["custom_fields"] {
                    for field in custom.fields {
                        let name = field.name.lowercased().replacingOccurrences(of: " ", with: "_")
                        if record[name] == nil { record.set(name, field.value) }  // "" (unset) is already null
                    }
                }
                return record
            }
        case .task:
            guard uses(.spaces) else { return records }
            let spaces = try await lookups.spaces()
            let names = spaceNames(spaces)
            let involved = spaces.filter { space in records.contains { $0.text("space_id") == space.text("id") } }
            let users = uses(.users) ? try await userIndex(involved) : nil
            return records.map { task in
                var record = task
                record.set("space", task.text("space_id").flatMap { names[$0] }.map(Value.string) ?? .null)
                if let users { record.set("user", user(task.text("user_id"), users)) }
                return record
            }
        case .event:
            guard uses(.users) else {
                return records.map { event in
                    var record = event
                    record.set("space", event["space_name"] ?? .null)
                    return record
                }
            }
            let spaces = try await lookups.spaces()
            let involved = spaces.filter { space in records.contains { $0.text("space_id") == space.text("id") } }
            let users = try await userIndex(involved)
            return records.map { event in
                var record = event
                let id = event.text("author_id")
                let author = id.flatMap { users[$0] } ?? UserName(login: id ?? "", name: event.text("author_name") ?? "")
                record.set("author", .user(author))
                record.set("space", event["space_name"] ?? .null)
                return record
            }
        case .comment, .member:
            guard let space, uses(.users) else { return records }
            let users = try await userIndex([space])
            let field = kind == .comment ? "author" : "user"
            return records.map { item in
                var record = item
                record.set(field, user(item.text("user_id"), users))
                return record
            }
        case .milestone:
            guard uses(.spaces) else { return records }
            let spaces = try await lookups.spaces()
            let names = spaceNames(spaces)
            return records.map { milestone in
                var record = milestone
                record.set("space", milestone.text("space_id").flatMap { names[$0] }.map(Value.string) ?? space?["name"] ?? .null)
                return record
            }
        case .space, .user, .tag, .status, .tool, .field, .group, .row:
            return records
        }
    }

    private func spaceNames(_ spaces: [Record]) -> [String: String] {
        Dictionary(spaces.compactMap { s in s.text("id").map { ($0, s.text("name") ?? "") } }, uniquingKeysWith: { a, _ in a })
    }

    private func userIndex(_ spaces: [Record]) async throws -> [String: UserName] {
        var index: [String: UserName] = [:]
        for space in spaces {
            for user in try await lookups.users(of: space) {
                guard let id = user.text("id") else { continue }
                index[id] = UserName(login: user.text("login") ?? "", name: user.text("name") ?? "")
            }
        }
        return index
    }

    private func user(_ id: String?, _ users: [String: UserName]) -> Value {
        guard let id else { return .null }
        return users[id].map(Value.user) ?? .string(id)
    }
}
