/// `tool NAME`: selects one tool of the space in scope (to change its permissions).
struct ToolCommand: Command {
    let name = "tool"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .tool
    let summary = "select one tool of the space by name"
    let usage = "tool NAME"
    let details = "Selects a tool by menu name (Tickets, Wiki, Git), name, type or id; `set team_permissions=2` then changes it."
    let examples = ["space \"Big Project\" | tool Tickets", "space \"Big Project\" | tool Tickets | set team_permissions=2"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let space = try call.singleSpace()
        let tools = try await call.context.backend.tools(space: space)
        let tool = try call.pick(try call.text(0), from: tools, keys: ["menu_name", "name", "type", "id"], what: "tool",
                                 at: call.range(ofArgument: 0))
        return call.output(.tool, [tool])
    }
}
