/// `users [filters]`: the members of the spaces in scope.
struct UsersCommand: Command {
    let name = "users"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .user
    let summary = "list users of the selected space(s)"
    let usage = "users [FIELD OP VALUE…]"
    let details = "Lists the users of the spaces in scope (every space of yours when none); each person once."
    let examples = ["space \"Big Project\" | users", "users name~smith"]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let lookups = call.context.lookups
        return try await call.perSpace(.user) { space in try await lookups.users(of: space) }
    }
}
