/// `spaces [with_tool=TOOL] [filters]`: the spaces you belong to.
struct SpacesCommand: Command {
    let name = "spaces"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .space
    let summary = "list your spaces"
    let usage = "spaces [with_tool=TOOL] [FIELD OP VALUE…]"
    let details = "Lists every space you can see. `with_tool=Tickets` (or a tool id such as 13) keeps spaces that have that tool. Following `milestones`, `tickets` or `users` run across the listed spaces."
    let examples = ["spaces", "spaces with_tool=Tickets", "spaces name~project | tickets status=Test | count"]
    let takesFilters = true
    let ownFilters = [FieldSpec("with_tool", .text)]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        var records: [Record]
        if let tool = call.topLevelFilter("with_tool") {
            records = try await call.context.backend.spaces(withTool: try call.value(of: tool.value).plainText)
        } else {
            records = try await call.context.lookups.spaces()
        }
        records = try await call.filtered(records, kind: .space, consumed: ["with_tool"])
        return call.output(.space, records)
    }
}
