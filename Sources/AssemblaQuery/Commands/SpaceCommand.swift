/// `space NAME|ID`: selects one space.
struct SpaceCommand: Command {
    let name = "space"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .space
    let summary = "select one space by name, wiki name or id"
    let usage = "space NAME|ID"
    let details = "An exact name, wiki name or id wins; otherwise a unique case-insensitive (or partial) match. Later stages (`tickets`, `milestone`, `users`, writes) work inside the space."
    let examples = ["space \"Big Project\"", "space big-project | tickets status=Test", "space \"Big Project\" | update description=\"Q3 work\""]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        try select(call, from: try await call.context.lookups.spaces())
    }

    /// The stage's output with the space it names picked from `spaces` (the live list, or the
    /// one an earlier run remembered when the evaluator starts the next stage early).
    func select(_ call: CommandCall, from spaces: [Record]) throws -> PipelineValue {
        let name = try call.text(0)
        let space = try call.pick(name, from: spaces, keys: ["name", "wiki_name", "id"], what: "space", at: call.range(ofArgument: 0))
        return call.output(.space, [space])
    }
}
