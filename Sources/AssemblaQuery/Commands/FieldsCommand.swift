/// `fields [KIND]`: the field names of a record kind, or of the input records.
struct FieldsCommand: Command {
    let name = "fields"
    let topic = CommandTopic.session
    let summary = "list the fields of a record kind (or of the input)"
    let usage = "fields [spaces|milestones|tickets|users|tasks|stream|comments|tags|statuses|tools|members|custom_fields]"
    let details = "API fields keep Assembla's names (snake_case); derived fields such as assigned_to come last."
    let examples = ["fields tickets", "space \"Big Project\" | ticket 301 | fields"]
    let argumentCount = 0...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        if let word = try call.optionalText(0) {
            let kinds = RecordKind.allCases.filter { !$0.fieldNames.isEmpty }
            guard let kind = RecordKind.named(word), !kind.fieldNames.isEmpty else {
                throw Diagnostic.usage("unknown record kind `\(word)`", at: call.range(ofArgument: 0),
                                       usage: "fields " + kinds.map(\.plural).joined(separator: "|"))
            }
            return call.output(.values(kind.fieldNames.map(Value.string)))
        }
        if case .none = call.input.data {  // alone: the record kinds it can describe
            let kinds = RecordKind.allCases.filter { !$0.fieldNames.isEmpty }.map(\.plural)
            return call.output(.message("record kinds: " + kinds.joined(separator: ", ") + "\n`fields KIND` lists a kind's fields"))
        }
        let (kind, records) = try call.inputRecords()
        let names = records.isEmpty ? kind.fieldNames : records.fieldNames
        return call.output(.values(names.map(Value.string)))
    }
}
