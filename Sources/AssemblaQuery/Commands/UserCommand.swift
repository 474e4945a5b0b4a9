/// `user NAME|LOGIN`: selects one user of the space(s) in scope.
struct UserCommand: Command {
    let name = "user"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .user
    let summary = "select one user by name or login"
    let usage = "user NAME|LOGIN"
    let details = "Selects a user of the spaces in scope. Following `tickets` lists the tickets assigned to them; `tasks` their time entries."
    let examples = ["space \"Big Project\" | user \"John Smith\"", "space \"Big Project\" | user jsmith | tickets status=Test"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let users = try await call.users(of: try await call.spacesInScope())
        let user = try call.pick(try call.text(0), from: users, keys: ["name", "login", "id"], what: "user",
                                 at: call.range(ofArgument: 0))
        return call.output(.user, [user])
    }
}
