import Foundation

/// `log hours=H space=NAME [description=…] [ticket=N]`: records time worked.
struct LogCommand: Command {
    let name = "log"
    let topic = CommandTopic.write
    let summary = "log time worked (creates a task)"
    let usage = "log hours=H space=NAME [description=TEXT] [ticket=NUMBER] [begin_at=TIME] [end_at=TIME] [url=URL] [billed=true]"
    let details = "After `space NAME |` the space can be left out. The entry ends now and begins `hours` earlier unless begin_at is given."
    let examples = ["log hours=1.5 space=\"Big Project\" description=\"Review\"", "space \"Big Project\" | log hours=2 ticket=301"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let assignments = try call.assignments(kind: .task)
        var fields: [Field] = []
        var space: Record?
        if let spaces = call.input.scope.spaces, spaces.count == 1 { space = spaces[0] }
        var hours: Double?
        var ticket: (number: Int, range: SourceRange)?
        for (field, range) in assignments {
            switch field.name {
            case "space":
                space = try call.pick(field.value.plainText, from: try await call.context.lookups.spaces(),
                                      keys: ["name", "wiki_name", "id"], what: "space", at: range)
            case "hours":
                let number = try NumberConversion.finite(field.value, in: 0...87_600_000, what: "hours",
                                                         at: range, usage: usage)
                guard number > 0 else { throw call.usageError("hours must be a positive number", at: range) }
                _ = try NumberConversion.date(call.context.now.addingTimeInterval(-number * 3600), subject: "the start of the logged time (now minus hours)", at: range)
                hours = number
            case "ticket", "ticket_number":
                ticket = (try NumberConversion.integer(field.value, in: NumberConversion.ticketNumbers, what: "ticket=",
                                                       at: range, allowHash: true, usage: usage), range)
            case "url":
                guard !field.value.plainText.isEmpty, URL(string: field.value.plainText) != nil else {
                    throw call.usageError("url must be a URL, e.g. url=\"https://example.com/pr/12\"", at: range)
                }
                fields.append(field)
            default:
                let writable = RecordKind.task.writableFields(on: .create)
                guard writable.contains(field.name) else { throw Diagnostic.unknownField(field.name, at: range, fields: writable) }
                fields.append(field)
            }
        }
        guard let hours else { throw call.usageError("`log` needs hours=…") }
        guard let space else { throw call.usageError("`log` needs space=NAME (or `space NAME | log …`)") }
        fields.insert(Field(name: "hours", value: .double(hours)), at: 0)
        if let ticket {
            let record = try await call.context.backend.ticket(number: ticket.number, space: space)
            fields.append(Field(name: "ticket_id", value: record["id"] ?? .null))
        }
        fields.append(Field(name: "space_id", value: space["id"] ?? .null))
        if !fields.contains(where: { $0.name == "begin_at" }) {
            fields.append(Field(name: "begin_at", value: .date(call.context.now.addingTimeInterval(-hours * 3600), dayOnly: false)))
        }
        if !fields.contains(where: { $0.name == "end_at" }) {
            fields.append(Field(name: "end_at", value: .date(call.context.now, dayOnly: false)))
        }
        let outcome = try await call.send([.logTime(fields: fields)])
        let what = "\(ValueFormatting.number(hours)) h in space \"\(space.text("name") ?? "")\""
        return call.result(outcome, wouldDo: "log \(what)", done: "logged \(what)")
    }
}

extension LogCommand {
    func assignedKind(_ check: StageCheck) throws(Diagnostic) -> RecordKind? { .task }
}
