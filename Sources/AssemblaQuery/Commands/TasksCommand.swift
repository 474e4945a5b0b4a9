/// `tasks [since=… until=…] [filters]`: time entries.
struct TasksCommand: Command {
    let name = "tasks"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .task
    let summary = "list time entries (hours worked)"
    let usage = "tasks [since=TIME] [until=TIME] [FIELD OP VALUE…]"
    let details = "Lists your time entries (Assembla tasks); after `space X` only that space's, after `user X` only theirs. `hours` is a number for `sum`/`avg`. Derived fields: space, user."
    let examples = ["tasks | group space | sum hours", "tasks since=-7d | sum hours", "space \"Big Project\" | tasks user=jsmith"]
    let takesFilters = true
    let ownFilters = [FieldSpec("since", .date), FieldSpec("until", .date)]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let bounds = try call.timeRange()
        // With pushdown, the spaces and users in scope narrow the request (`spaces[]`, `users[]`);
        // the same narrowing runs locally below either way.
        let pushed = call.source?.access == .tasks && call.context.options.pushdown
        let spaceIDs = pushed ? (call.input.scope.spaces ?? []).compactMap { $0.text("id") } : []
        let userIDs = pushed ? (call.input.scope.users ?? []).compactMap { $0.text("id") } : []
        var records = try await call.context.backend.tasks(from: bounds.from, to: bounds.to, spaceIDs: spaceIDs, userIDs: userIDs)
        records = call.within(records, field: "begin_at", bounds)
        records = call.belonging(records, field: "space_id", to: call.input.scope.spaces)
        records = call.belonging(records, field: "user_id", to: call.input.scope.users)
        records = try await Enricher(lookups: call.context.lookups, needed: call.source?.lookups).enrich(records, kind: .task, space: nil)
        return call.output(.task, try await call.filtered(records, kind: .task, consumed: ["since", "until"]))
    }
}
