/// `milestones [filters]`: the milestones of the spaces in scope.
struct MilestonesCommand: Command {
    let name = "milestones"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .milestone
    let summary = "list milestones of the selected space(s)"
    let usage = "milestones [FIELD OP VALUE…]"
    let details = "Lists the milestones of the spaces selected before (every space of yours when none)."
    let examples = ["space \"Big Project\" | milestones", "space \"Big Project\" | milestones is_completed=false | sort due_date"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let lookups = call.context.lookups
        return try await call.perSpace(.milestone) { space in try await lookups.milestones(of: space) }
    }
}
