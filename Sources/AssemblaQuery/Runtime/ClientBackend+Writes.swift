import Assembla
import Foundation

/// Writes: each `WriteRequest` becomes one prepared write on the client's handles. Preparing
/// does the reads a write needs and sends nothing, so a dry run shows exactly what sending
/// would send.
extension ClientBackend {
    func prepare(_ request: WriteRequest) async throws -> PendingWrite<Record?> {
        switch request {
        case .updateSpace(let space, let fields):
            return try await handle(space).prepareUpdate(Attributes(fields)).map(Record.init(space:))
        case .copySpace(let space, let fields):
            let name = fields.first { $0.name == "name" }?.value.plainText ?? ""
            return try await handle(space).prepareCopy(named: name, attributes: Attributes(fields, except: "name")).map(Record.init(space:))
        case .createSpace(let fields):
            let name = fields.first { $0.name == "name" }?.value.plainText ?? ""
            return client.prepareCreateSpace(named: name, attributes: Attributes(fields, except: "name")).map(Record.init(space:))
        case .deleteSpace(let space):
            return try await handle(space).prepareDelete().map { _ in nil }
        case .addTool(let space, let tool):
            return try await handle(space).prepareAddTool(named: tool).map { $0.map { Record(model: $0) } }
        case .updateTool(let space, let tool, let fields):
            func permission(_ name: String) -> Int? { fields.first { $0.name == name }?.value.number.flatMap { Int(exactly: $0) } }
            return try await handle(space).prepareUpdateTool(tool.text("id") ?? "", team: permission("team_permissions"),
                                                             watcher: permission("watcher_permissions"),
                                                             public: permission("public_permissions")).map { _ in nil }
        case .addMember(let space, let user, let role):
            return try await handle(space).prepareAddMember(user.text("login") ?? user.text("id") ?? "", role: role).map { Record(model: $0) }
        case .removeMember(let space, let member):
            return try await handle(space).prepareRemoveMember(member.text("user_id") ?? "").map { _ in nil }
        case .updateTicket(let space, let ticket, let fields):
            let target = try await handle(space).ticket(number: ticket.integer("number"))
            return try await target.prepareUpdate(TicketFields(fields)).map { Record(model: $0.record) }
        case .createTicket(let space, let fields):
            return try await handle(space).prepareCreateTicket(TicketFields(fields)).map { Record(model: $0.record) }
        case .deleteTicket(let space, let ticket):
            return try await handle(space).ticket(number: ticket.integer("number")).prepareDelete().map { _ in nil }
        case .comment(let space, let ticket, let text):
            return try await handle(space).ticket(number: ticket.integer("number")).prepareAddComment(text).map { Record(model: $0) }
        case .createMilestone(let space, let fields):
            let title = fields.first { $0.name == "title" }?.value.plainText
            let milestone = MilestoneFields(title: title, other: Attributes(fields, except: "title"))
            return try await handle(space).prepareCreateMilestone(milestone).map(Record.init(milestone:))
        case .updateMilestone(let space, let milestone, let fields):
            let target = try await handle(milestone, of: space)
            return try target.prepareUpdate(MilestoneFields(other: Attributes(fields))).map(Record.init(milestone:))
        case .deleteMilestone(let space, let milestone):
            return try await handle(milestone, of: space).prepareDelete().map { _ in nil }
        case .logTime(let fields):
            func value(_ name: String) -> Value? { fields.first { $0.name == name }?.value }
            func date(_ name: String) -> Date? { if case .date(let d, _)? = value(name) { d } else { nil } }
            func flag(_ name: String) -> Bool? { if case .bool(let b)? = value(name) { b } else { nil } }
            let task = TaskFields(description: value("description")?.plainText, spaceID: value("space_id")?.plainText,
                                  hours: value("hours")?.number, beginAt: date("begin_at"), endAt: date("end_at"),
                                  ticketID: value("ticket_id")?.number.flatMap { Int(exactly: $0) },
                                  url: value("url").flatMap { URL(string: $0.plainText) }, billed: flag("billed"))
            return try client.prepareCreateTask(task).map { Record(model: $0) }
        case .deleteTask(let task):
            return client.prepareDeleteTask(task.integer("id")).map { _ in nil }
        }
    }
}

extension Attributes {
    /// The language's fields as request attributes (dates ISO-8601, users by login).
    init(_ fields: [Field], except excluded: String? = nil) {
        self.init()
        for field in fields where field.name != excluded { self[field.name] = AttributeValue(field.value) }
    }
}

extension AttributeValue {
    /// A language value as a request value.
    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .date(let date, let dayOnly): self = .string(ValueFormatting.iso(date, dayOnly: dayOnly))
        case .user(let user): self = .string(user.login)
        case .list(let items): self = .strings(items.map(\.plainText))
        case .record(let record): self = .object(Attributes(record.fields))
        }
    }
}

extension TicketFields {
    /// A ticket write's fields (from `TicketChanges`): names the library resolves go to their
    /// slots (status, assignee, milestone, custom fields by title), the rest are API attributes.
    init(_ fields: [Field]) {
        func text(_ name: String) -> String? {
            fields.first { $0.name == name }.map { $0.value == .null ? "" : $0.value.plainText }
        }
        var custom: [String: String] = [:]
        if case .record(let values)? = fields.first(where: { $0.name == "custom_fields" })?.value {
            for field in values.fields { custom[field.name] = field.value.plainText }
        }
        let slots: Set<String> = ["summary", "status", "assigned_to", "milestone", "custom_fields"]
        self.init(summary: text("summary"), status: text("status"), assignee: text("assigned_to"), milestone: text("milestone"),
                  customFields: custom, other: Attributes(fields.filter { !slots.contains($0.name) }))
    }
}
