import Assembla
import Foundation

/// Writes: each `WriteRequest` becomes one call on the client's handles. In dry run the client
/// reports the request through `onDryRun` and sends nothing; that is not a failure here.
extension ClientBackend {
    func write(_ request: WriteRequest) async throws -> Record? {
        do {
            return try await send(request)
        } catch let error as AssemblaError where error.kind == .dryRun {
            return nil
        }
    }

    private func send(_ request: WriteRequest) async throws -> Record? {
        switch request {
        case .updateSpace(let space, let fields):
            return Record(model: try await handle(space).update(Attributes(fields)).record)
        case .copySpace(let space, let fields):
            let name = fields.first { $0.name == "name" }?.value.plainText ?? ""
            return Record(model: try await handle(space).copy(named: name, attributes: Attributes(fields, except: "name")).record)
        case .createSpace(let fields):
            let name = fields.first { $0.name == "name" }?.value.plainText ?? ""
            return Record(model: try await client.createSpace(named: name, attributes: Attributes(fields, except: "name")).record)
        case .deleteSpace(let space):
            try await handle(space).delete()
        case .addTool(let space, let tool):
            return try await handle(space).addTool(named: tool).map(Record.init(model:))
        case .updateTool(let space, let tool, let fields):
            func permission(_ name: String) -> Int? { fields.first { $0.name == name }?.value.number.flatMap { Int(exactly: $0) } }
            try await handle(space).updateTool(tool.text("id") ?? "", team: permission("team_permissions"),
                                               watcher: permission("watcher_permissions"), public: permission("public_permissions"))
        case .addMember(let space, let user, let role):
            return Record(model: try await handle(space).addMember(user.text("login") ?? user.text("id") ?? "", role: role))
        case .removeMember(let space, let member):
            try await handle(space).removeMember(member.text("user_id") ?? "")
        case .updateTicket(let space, let ticket, let fields):
            let target = try await handle(space).ticket(number: ticket.integer("number"))
            return Record(model: try await target.update(TicketFields(fields)).record)
        case .createTicket(let space, let fields):
            return Record(model: try await handle(space).createTicket(TicketFields(fields)).record)
        case .deleteTicket(let space, let ticket):
            try await handle(space).ticket(number: ticket.integer("number")).delete()
        case .comment(let space, let ticket, let text):
            return Record(model: try await handle(space).ticket(number: ticket.integer("number")).addComment(text))
        case .createMilestone(let space, let fields):
            let title = fields.first { $0.name == "title" }?.value.plainText
            return Record(model: try await handle(space).createMilestone(MilestoneFields(title: title, other: Attributes(fields, except: "title"))).record)
        case .updateMilestone(let space, let milestone, let fields):
            let target = try await handle(space).milestone(named: milestone.text("id") ?? "")
            return Record(model: try await target.update(MilestoneFields(other: Attributes(fields))).record)
        case .deleteMilestone(let space, let milestone):
            try await handle(space).milestone(named: milestone.text("id") ?? "").delete()
        case .logTime(let fields):
            func value(_ name: String) -> Value? { fields.first { $0.name == name }?.value }
            func date(_ name: String) -> Date? { if case .date(let d, _)? = value(name) { d } else { nil } }
            func flag(_ name: String) -> Bool? { if case .bool(let b)? = value(name) { b } else { nil } }
            let task = TaskFields(description: value("description")?.plainText, spaceID: value("space_id")?.plainText,
                                  hours: value("hours")?.number, beginAt: date("begin_at"), endAt: date("end_at"),
                                  ticketID: value("ticket_id")?.number.flatMap { Int(exactly: $0) },
                                  url: value("url").flatMap { URL(string: $0.plainText) }, billed: flag("billed"))
            return Record(model: try await client.createTask(task))
        case .deleteTask(let task):
            try await client.deleteTask(task.integer("id"))
        }
        return nil
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
