/// `remove member LOGIN`: removes a member from the selected space.
struct RemoveCommand: Command {
    let name = "remove"
    let topic = CommandTopic.write
    let summary = "remove a member from the selected space"
    let usage = "space NAME | remove member LOGIN"
    let details = "Asks first (it takes someone's access away)."
    let examples = ["space \"Big Project\" | remove member jsmith"]
    let argumentCount = 2...2

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let space = try call.singleSpace()
        guard try call.text(0).lowercased() == "member" else {
            throw call.usageError("`remove` takes `member LOGIN`", at: call.range(ofArgument: 0))
        }
        let login = try call.text(1)
        let users = try await call.context.backend.users(space: space)
        let user = try await MemberLookup.user(login, in: users, call: call)
        let members = try await call.context.backend.members(space: space)
        guard let member = members.first(where: { $0.text("user_id") == user.text("id") }) else {
            throw Diagnostic.runtime("\(user.text("login") ?? login) is not a member of \"\(space.text("name") ?? "")\"", at: call.range(ofArgument: 1))
        }
        let summary = "remove \(user.text("login") ?? login) from space \"\(space.text("name") ?? "")\""
        try await call.authorize(summary, preview: [summary], risky: true)
        let outcome = try await call.send([.removeMember(space: space, member: member)])
        return call.result(outcome, wouldDo: summary, done: "removed \(user.text("login") ?? login) from space \"\(space.text("name") ?? "")\"")
    }
}
