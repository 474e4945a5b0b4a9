/// `update FIELD=VALUE…`: the same as `set`, reading naturally after `space NAME`.
struct UpdateCommand: Command {
    let name = "update"
    let topic = CommandTopic.write
    let summary = "change fields of the selected space (same as `set`)"
    let usage = "space NAME | update FIELD=VALUE [FIELD=VALUE…]"
    var details: String { "Space fields: " + RecordKind.space.writableFields(on: .update).joined(separator: ", ") + "." }
    let examples = ["space \"Big Project\" | update description=\"Q3 work\""]
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        try await SetCommand().run(call)
    }
}
