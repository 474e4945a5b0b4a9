/// `count`: the number of records (or values); per group after `group`.
struct CountCommand: Command {
    let name = "count"
    let topic = CommandTopic.transform
    let summary = "count records (per group after `group`)"
    let usage = "count"
    let details = "Prints just the number, so scripts can use it."
    let examples = ["space \"Big Project\" | tickets status=Test | count", "tickets | group status | count"]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        switch call.input.data {
        case .groups:
            return call.output(call.input.data.flattened)
        case .values(let values):
            return call.output(.scalar(.int(values.count)))
        default:
            return call.output(.scalar(.int(try call.inputRecords().records.count)))
        }
    }
}

extension CountCommand {
    func shape(after input: Shape, _ stage: Stage) -> Shape {
        if case .groups(let field, _) = input { return .records(.group, columns: [field, "count"]) }
        return .scalar
    }
}
