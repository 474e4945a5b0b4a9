/// Adds the friendly derived fields to API records, from lists fetched once per statement:
/// a ticket's `assigned_to`, `reporter`, `milestone`, `space`, `status_name` and custom
/// fields by title; a task's `space`, `user`; an event's `author`, `space`; a comment's `author`…
struct Enricher: Sendable {
    let lookups: Lookups

    /// The records of `kind` from `space` (nil: each record's own `space_id`) with derived fields.
    func enrich(_ records: [Record], kind: RecordKind, space: Record?) async throws -> [Record] {
        switch kind {
        case .ticket:
            guard let space else { return records }
            let users = try await userIndex([space])
            let milestones = try await lookups.milestones(of: space)
            let titles = Dictionary(milestones.compactMap { m in m.text("id").map { ($0, m.text("title") ?? "") } }, uniquingKeysWith: { a, _ in a })
            let spaceName = space.text("name") ?? ""
            return records.map { ticket in
                var record = ticket
                record.set("assigned_to", user(ticket.text("assigned_to_id"), users))
                record.set("reporter", user(ticket.text("reporter_id"), users))
                record.set("milestone", ticket.text("milestone_id").flatMap { titles[$0] }.map(Value.string) ?? .null)
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
            let spaces = try await lookups.spaces()
            let names = spaceNames(spaces)
            let involved = spaces.filter { space in records.contains { $0.text("space_id") == space.text("id") } }
            let users = try await userIndex(involved)
            return records.map { task in
                var record = task
                record.set("space", task.text("space_id").flatMap { names[$0] }.map(Value.string) ?? .null)
                record.set("user", user(task.text("user_id"), users))
                return record
            }
        case .event:
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
            guard let space else { return records }
            let users = try await userIndex([space])
            let field = kind == .comment ? "author" : "user"
            return records.map { item in
                var record = item
                record.set(field, user(item.text("user_id"), users))
                return record
            }
        case .milestone:
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
