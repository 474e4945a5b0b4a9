/// `group FIELD`: groups records by a field; shows key + count, or feeds an aggregate.
struct GroupCommand: Command {
    let name = "group"
    let topic = CommandTopic.transform
    let summary = "group records by a field (key + count; or per group: sum, avg, min, max)"
    let usage = "group FIELD"
    let details = "Shows each distinct value with its count. Followed by `sum F`, `avg F`, `min F` or `max F`, gives that aggregate per group."
    let examples = ["space \"Big Project\" | tickets | group status", "tasks | group space | sum hours",
                    "space \"Big Project\" | tickets | group assigned_to | sort count desc"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        let field = try call.fieldArguments(kind: kind, records: records)[0].name
        var groups: [(key: Value, members: [Record])] = []
        for record in records {
            let key = record[field] ?? .null
            if let index = groups.firstIndex(where: { $0.key == key || ($0.key.isText && key.isText && ValueComparison.holds($0.key, .equal, key)) }) {
                groups[index].members.append(record)
            } else {
                groups.append((key, [record]))
            }
        }
        return call.output(.groups(field: field, kind: kind, groups))
    }
}

extension GroupCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { _ = try check.fieldArguments() }

    func shape(after input: Shape, _ stage: Stage) -> Shape {
        guard case .records(let kind, _) = input, let field = stage.arguments.first?.nameText else { return .unknown }
        return .groups(field: field, kind: kind)
    }
}
