/// `uniq FIELD`: one record per distinct value of a field.
struct UniqCommand: Command {
    let name = "uniq"
    let topic = CommandTopic.transform
    let summary = "keep the first record for each distinct value of a field"
    let usage = "uniq FIELD"
    let details = "Compares values the way `=` does (text case-insensitively). `| get FIELD` then lists the distinct values."
    let examples = ["space \"Big Project\" | tickets | uniq assigned_to | get assigned_to"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        let field = try call.fieldArguments(kind: kind, records: records)[0].name
        var kept: [Record] = []
        var seen: [Value] = []
        for record in records {
            let value = record[field] ?? .null
            if seen.contains(where: { ValueComparison.holds($0, .equal, value) || ($0 == .null && value == .null) }) { continue }
            seen.append(value)
            kept.append(record)
        }
        return call.output(.records(kind, kept, columns: call.input.data.columns))
    }
}

extension UniqCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { _ = try check.fieldArguments() }
}
