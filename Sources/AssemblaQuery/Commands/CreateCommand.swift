/// `create space|ticket|milestone FIELD=VALUE…`
struct CreateCommand: Command {
    let name = "create"
    let topic = CommandTopic.write
    let summary = "create a space, or a ticket or milestone in the selected space"
    let usage = "create space name=NAME … | space NAME | create ticket summary=TEXT … | space NAME | create milestone title=TITLE …"
    var details: String {
        "Prints what was created (`created ticket #401`). Tickets accept the friendly fields of `set` (status, assigned_to, milestone). "
            + "Fields by kind — " + RecordKind.writableSummary(on: .create, kinds: [.space, .ticket, .milestone]) + "."
    }
    let examples = ["create space name=\"Scratch\"", "space \"Big Project\" | create ticket summary=\"Login fails\" priority=2",
                    "space \"Big Project\" | create milestone title=\"RC3\" due_date=2026-12-31"]
    let argumentCount = 1...1
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let what = try call.text(0).lowercased()
        let kinds: [String: RecordKind] = ["space": .space, "ticket": .ticket, "milestone": .milestone]
        guard let kind = kinds[what] else {
            throw call.usageError("`create` makes a space, ticket or milestone", at: call.range(ofArgument: 0))
        }
        let assignments = try call.checkedAssignments(for: kind, on: .create)
        let fields = assignments.map(\.field)
        switch what {
        case "space":
            guard fields.contains(where: { $0.name == "name" }) else { throw call.usageError("a space needs name=…") }
            let outcome = try await call.send([.createSpace(fields: fields)])
            let created = outcome.answers.first ?? nil
            return created.map { call.output(.space, [$0]).with(message: "created space \"\($0.text("name") ?? "")\"") }
                ?? call.report("create", 1, .space, outcome)
        case "ticket":
            let space = try call.singleSpace()
            guard fields.contains(where: { $0.name == "summary" }) else { throw call.usageError("a ticket needs summary=…") }
            let apiFields = try await TicketChanges(call: call, space: space).apiFields(assignments, on: .create)
            let outcome = try await call.send([.createTicket(space: space, fields: apiFields)])
            let created = outcome.answers.first ?? nil
            return created.map { call.output(.ticket, [$0]).with(message: "created ticket #\($0.text("number") ?? "?")") }
                ?? call.report("create", 1, .ticket, outcome)
        case "milestone":
            let space = try call.singleSpace()
            guard fields.contains(where: { $0.name == "title" }) else { throw call.usageError("a milestone needs title=…") }
            let outcome = try await call.send([.createMilestone(space: space, fields: fields)])
            let created = outcome.answers.first ?? nil
            return created.map { call.output(.milestone, [$0]).with(message: "created milestone \"\($0.text("title") ?? "")\"") }
                ?? call.report("create", 1, .milestone, outcome)
        default:
            throw call.usageError("`create` makes a space, ticket or milestone", at: call.range(ofArgument: 0))
        }
    }
}

extension PipelineValue {
    /// The value showing `message` (the created record stays the scope for later stages).
    func with(message: String) -> PipelineValue {
        var value = self
        value.data = .message(message)
        return value
    }
}

extension CreateCommand {
    func assignedKind(_ check: StageCheck) throws(Diagnostic) -> RecordKind? {
        try check.text(0).flatMap { ["space": .space, "ticket": .ticket, "milestone": .milestone][$0.lowercased()] }
    }
}
