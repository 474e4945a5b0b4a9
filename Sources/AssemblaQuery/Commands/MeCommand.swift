/// `me`: the user the credentials belong to.
struct MeCommand: Command {
    let name = "me"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .user
    let summary = "show the user you are signed in as"
    let usage = "me"
    let details = ""
    let examples = ["me", "me | get login"]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        call.output(.user, [try await call.context.backend.me()])
    }
}
