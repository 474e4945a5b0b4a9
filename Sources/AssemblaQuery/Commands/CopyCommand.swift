/// `copy FIELD=VALUE…`: copies the selected space.
struct CopyCommand: Command {
    let name = "copy"
    let topic = CommandTopic.write
    let summary = "copy the selected space under a new name"
    let usage = "space NAME | copy name=NEW [wiki_name=…]"
    let details = "Creates a new space from the selected one (tools and settings)."
    let examples = ["space \"Big Project\" | copy name=\"Big Project 2\""]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let space = try call.singleSpace()
        let fields = try call.checkedAssignments(for: .space, on: .create).map(\.field)
        guard fields.contains(where: { $0.name == "name" }) else { throw call.usageError("`copy` needs name=…") }
        let outcome = try await call.send([.copySpace(space: space, fields: fields)])
        return (outcome.answers.first ?? nil).map {
            call.output(.space, [$0]).with(message: "copied space \"\(space.text("name") ?? "")\" to \"\($0.text("name") ?? "")\"")
        } ?? call.report("copy", 1, .space, outcome)
    }
}
