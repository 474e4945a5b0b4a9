/// `sum`, `avg`, `min`, `max`: one value over a field of the records (or over `get` values),
/// or one record per group after `group`.
protocol AggregateCommand: Command {
    /// Combines the non-null values of the field.
    func combine(_ values: [Value]) -> Value
    /// The column name for the aggregate in per-group output.
    func column(for field: String) -> String
}

extension AggregateCommand {
    var topic: CommandTopic { .transform }
    var argumentCount: ClosedRange<Int> { 0...1 }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let field = try call.optionalText(0)
        switch call.input.data {
        case .values(let values):
            return call.output(.scalar(combine(values)))
        case .groups(let key, let kind, let groups):
            guard let field else { throw call.usageError("`\(name)` after `group` needs a field") }
            try call.checkField(field, at: call.range(ofArgument: 0), kind: kind, records: groups.flatMap(\.members))
            let records = groups.map { group in
                Record([Field(name: key, value: group.key),
                        Field(name: column(for: field), value: combine(group.members.map { $0[field] ?? .null }))])
            }
            return call.output(.records(.group, records, columns: nil))
        default:
            guard let field else { throw call.usageError("`\(name)` needs a field") }
            let (kind, records) = try call.inputRecords()
            try call.checkField(field, at: call.range(ofArgument: 0), kind: kind, records: records)
            return call.output(.scalar(combine(records.map { $0[field] ?? .null })))
        }
    }

    /// The numbers among the values (text such as a task's "1.5" hours counts).
    func numbers(_ values: [Value]) -> [Double] { values.compactMap(\.number) }

    /// A sum as an int when every value is an int.
    func total(_ values: [Value]) -> Value {
        if values.allSatisfy({ if case .int = $0 { true } else { $0 == .null } }) {
            return .int(values.reduce(0) { if case .int(let n) = $1 { $0 + n } else { $0 } })
        }
        return .double(numbers(values).reduce(0, +))
    }

    /// The smallest (or largest) value by the order `sort` uses.
    func extreme(_ values: [Value], largest: Bool) -> Value {
        let present = values.filter { $0 != .null }
        let best = largest ? present.max(by: ValueComparison.sortsBefore) : present.min(by: ValueComparison.sortsBefore)
        return best ?? .null
    }
}
