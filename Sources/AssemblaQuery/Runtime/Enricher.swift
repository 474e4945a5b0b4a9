import Assembla

/// Adds the friendly derived fields to API records, from lists fetched once per statement:
/// a ticket's `assigned_to`, `reporter`, `milestone`, `space`, `status_name` and custom
/// fields by title; a task's `space`, `user`; an event's `author`, `space`; a comment's `author`…
/// Only the lookups in `needed` are fetched (nil: all); fields that need another lookup
/// are left out, since the plan showed no later stage reads them. Users and milestones are
/// read only until every id the records reference is found (or the list ends): an id to a
/// name needs no proof that the list is complete.
struct Enricher: Sendable {
    let lookups: Lookups
    var needed: Set<Lookup>? = nil

    private func uses(_ lookup: Lookup) -> Bool { needed?.contains(lookup) ?? true }

    /// The records of `kind` from `space` (nil: each record's own `space_id`) with derived fields.
    func enrich(_ records: [Record], kind: RecordKind, space: Record?) async throws -> [Record] {
        switch kind {
        case .ticket:
            guard let space else { return records }
            let users = uses(.users)
                ? try await userIndex([(space, Self.ids(records, "assigned_to_id", "reporter_id"))]) : nil
            let milestoneIDs = Set(records.compactMap { $0.text("milestone_id").flatMap { Int($0) } })
            let milestones = uses(.milestones) ? try await lookups.milestones(of: space, containing: milestoneIDs) : []
            let titles = Dictionary(milestones.compactMap { m in m.text("id").map { ($0, m.text("title") ?? "") } }, uniquingKeysWith: { a, _ in a })
            let spaceName = space.text("name") ?? ""
            var customNames: [String: String] = [:]  // "Due Week" → due_week, worked out once per title
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
                    for (title, value) in zip(custom.names, custom.values) {
                        let name = customNames[title] ?? title.lowercased().replacingOccurrences(of: " ", with: "_")
                        customNames[title] = name
                        if record[name] == nil { record.set(name, value) }  // "" (unset) is already null
                    }
                }
                return record
            }
        case .task:
            guard uses(.spaces) else { return records }
            let spaces = try await lookups.spaces()
            let names = spaceNames(spaces)
            let users = uses(.users) ? try await userIndex(Self.involved(spaces, records, idField: "user_id")) : nil
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
            let users = try await userIndex(Self.involved(spaces, records, idField: "author_id"))
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
            let users = try await userIndex([(space, Self.ids(records, "user_id"))])
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

    /// The ids in `fields` of `records`.
    private static func ids(_ records: [Record], _ fields: String...) -> Set<String> {
        Set(records.flatMap { record in fields.compactMap { record.text($0) } })
    }

    /// The spaces some record belongs to, each with the user ids (`idField`) of its records.
    private static func involved(_ spaces: [Record], _ records: [Record], idField: String) -> [(Record, Set<String>)] {
        let bySpace = Dictionary(grouping: records) { $0.text("space_id") ?? "" }
        return spaces.compactMap { space in
            guard let own = bySpace[space.text("id") ?? ""], !own.isEmpty else { return nil }
            return (space, ids(own, idField))
        }
    }

    /// Login and name by user id, from each space's users read until its records' ids are
    /// found (the spaces side by side); an id that is no member of its record's space is then
    /// looked for in the other spaces' users (as when every involved space's whole list is read).
    private func userIndex(_ spaces: [(space: Record, ids: Set<String>)]) async throws -> [String: UserName] {
        var index: [String: UserName] = [:]
        let lookups = self.lookups
        for pass in 0..<2 {
            let missing = spaces.reduce(into: Set<String>()) { $0.formUnion($1.ids) }.subtracting(index.keys)
            if pass == 1, missing.isEmpty || spaces.count < 2 { break }
            let lists = try await boundedMap(spaces, limit: lookups.backend.concurrency) { space, ids in
                try await lookups.users(of: space, containing: pass == 0 ? ids : missing)
            }
            for user in lists.joined() {
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
