/// `set FIELD=VALUE…`: changes the input records (tickets, a space, a tool, milestones).
struct SetCommand: Command {
    let name = "set"
    let topic = CommandTopic.write
    let summary = "change fields of the selected tickets, space, tool or milestones"
    let usage = "… | set FIELD=VALUE [FIELD=VALUE…]"
    var details: String {
        """
        Tickets accept friendly names: `status=Test`, `assigned_to=jsmith` (login or name), \
        `milestone="Release Candidate 1"`, custom fields by title, plus API fields. \
        Changing more than one record asks first (see `confirm`). Fields by kind — \
        \(RecordKind.writableSummary(on: .update, kinds: [.ticket, .space, .tool, .milestone])).
        """
    }
    let examples = ["space \"Big Project\" | ticket 301 | set status=Test assigned_to=jsmith",
                    "space \"Big Project\" | tickets status=Test milestone=\"Release Candidate 1\" | set status=Fixed",
                    "space \"Big Project\" | tool Tickets | set team_permissions=2"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        let assignments = try call.checkedAssignments(for: kind, on: .update)
        var requests: [WriteRequest] = []
        switch kind {
        case .ticket:
            for ticket in records {
                let space = try await call.space(of: ticket)
                let fields = try await TicketChanges(call: call, space: space).apiFields(assignments, on: .update)
                requests.append(.updateTicket(space: space, ticket: ticket, fields: fields))
            }
        case .space:
            requests = records.map { .updateSpace(space: $0, fields: assignments.map(\.field)) }
        case .tool:
            for tool in records {
                requests.append(.updateTool(space: try await call.space(of: tool), tool: tool, fields: assignments.map(\.field)))
            }
        case .milestone:
            for milestone in records {
                requests.append(.updateMilestone(space: try await call.space(of: milestone), milestone: milestone,
                                                 fields: assignments.map(\.field)))
            }
        default:
            throw call.usageError("`\(name)` changes tickets, spaces, tools or milestones, not \(kind.plural)", at: call.stage.headRange)
        }
        let changes = assignments.map { "\($0.field.name)=\($0.field.value.plainText)" }.joined(separator: " ")
        try await call.authorize("update \(records.count) \(records.count == 1 ? kind.rawValue : kind.plural) (\(changes))",
                                 preview: records.map { call.describe($0, kind) }, risky: records.count > 1)
        return call.report("update", records.count, kind, try await call.send(requests))
    }
}

extension SetCommand {
    func assignedKind(_ check: StageCheck) throws(Diagnostic) -> RecordKind? {
        if case .records(let kind, _) = check.input { return kind }
        return nil
    }
}
