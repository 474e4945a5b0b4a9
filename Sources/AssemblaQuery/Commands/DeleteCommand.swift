/// `delete`: deletes the selected records (spaces, tickets, milestones, tasks). Always asks first.
struct DeleteCommand: Command {
    let name = "delete"
    let topic = CommandTopic.write
    let summary = "delete the selected spaces, tickets, milestones or tasks"
    let usage = "… | delete"
    let details = "Shows what it will delete and asks; without a terminal it is refused unless `--yes` or `confirm off`."
    let examples = ["space \"Scratch\" | delete", "tasks | where description~test | delete"]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        var requests: [WriteRequest] = []
        for record in records {
            switch kind {
            case .space: requests.append(.deleteSpace(space: record))
            case .ticket: requests.append(.deleteTicket(space: try await call.space(of: record), ticket: record))
            case .milestone: requests.append(.deleteMilestone(space: try await call.space(of: record), milestone: record))
            case .task: requests.append(.deleteTask(task: record))
            default: throw call.usageError("`delete` removes spaces, tickets, milestones or tasks, not \(kind.plural)", at: call.stage.headRange)
            }
        }
        guard !records.isEmpty else { return call.output(.message("nothing to delete")) }
        let summary = records.count == 1 ? "delete \(call.describe(records[0], kind))" : "delete \(records.count) \(kind.plural)"
        try await call.authorize(summary, preview: records.map { call.describe($0, kind) }, risky: true)
        let outcome = try await call.send(requests)
        if records.count == 1, case .sent = outcome {
            return call.output(.message("deleted \(call.describe(records[0], kind))"))
        }
        return call.report("delete", records.count, kind, outcome)
    }
}
