/// `add tool NAME` / `add member LOGIN [role=…]`: adds to the selected space.
struct AddCommand: Command {
    let name = "add"
    let topic = CommandTopic.write
    let summary = "add a tool or a member to the selected space"
    let usage = "space NAME | add tool TOOL   |   space NAME | add member LOGIN [role=member|watcher|owner]"
    let details = "Tools by name (Tickets, Wiki, Git, Time, Messages…) or id."
    let examples = ["space \"Big Project\" | add tool Time", "space \"Big Project\" | add member jsmith role=member"]
    let argumentCount = 2...2
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let space = try call.singleSpace()
        let what = try call.text(0).lowercased()
        let target = try call.text(1)
        switch what {
        case "tool":
            let outcome = try await call.send([.addTool(space: space, tool: target)])
            return call.result(outcome, wouldDo: "add tool \(target)", done: "added tool \(target) to space \"\(space.text("name") ?? "")\"")
        case "member":
            let users = try await call.context.backend.users(space: space)
            let role = try call.assignments(required: false).first { $0.field.name == "role" }?.field.value.plainText ?? "member"
            let user = try await MemberLookup.user(target, in: users, call: call)
            let outcome = try await call.send([.addMember(space: space, user: user, role: role)])
            return call.result(outcome, wouldDo: "add member \(target)",
                               done: "added \(user.text("login") ?? target) to space \"\(space.text("name") ?? "")\" as \(role)")
        default:
            throw call.usageError("`add` takes `tool NAME` or `member LOGIN`", at: call.range(ofArgument: 0))
        }
    }
}

/// Finds a user by login or name: among the space's users, else every space's users.
enum MemberLookup {
    static func user(_ name: String, in users: [Record], call: CommandCall) async throws -> Record {
        if case .found(let user) = users.match(name, keys: ["login", "name", "id"]) { return user }
        let everyone = try await call.users(of: try await call.context.lookups.spaces())
        return try call.pick(name, from: everyone, keys: ["login", "name", "id"], what: "user", at: call.range(ofArgument: 1))
    }
}
