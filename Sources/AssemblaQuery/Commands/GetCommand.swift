/// `get FIELD`: the bare values of a field, one per line.
struct GetCommand: Command {
    let name = "get"
    let topic = CommandTopic.transform
    let summary = "print the bare values of one field, one per line"
    let usage = "get FIELD"
    let details = "For scripts: no header, no table."
    let examples = ["space \"Big Project\" | ticket 201 | get status_name", "spaces | get name"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        let field = try call.fieldArguments(kind: kind, records: records)[0].name
        return call.output(.values(records.map { $0[field] ?? .null }))
    }
}

extension GetCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { _ = try check.fieldArguments() }
    func shape(after input: Shape, _ stage: Stage) -> Shape { .values }
}
