/// `sum`, `avg`, `min`, `max`: one value over a field of the records (or over `get` values),
/// or one record per group after `group`.
protocol AggregateCommand: Command {
    /// Combines the non-null values of the field.
    func combine(_ values: [Value]) -> Value
    /// The column name for the aggregate in per-group output.
    func column(for field: String) -> String
    /// Whether it adds numbers (`sum`, `avg`), so a text field is an error.
    var needsNumbers: Bool { get }
}

extension AggregateCommand {
    var topic: CommandTopic { .transform }
    var argumentCount: ClosedRange<Int> { 0...1 }
    var needsNumbers: Bool { false }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let field = try call.optionalText(0)
        switch call.input.data {
        case .values(let values):
            return call.output(.scalar(combine(values)))
        case .groups(let key, let kind, let groups):
            guard let field else { throw call.usageError("`\(name)` after `group` needs a field") }
            try call.checkField(field, at: call.range(ofArgument: 0), kind: kind, records: groups.flatMap(\.members))
            try checkNumbers(field, kind: kind, groups.flatMap(\.members).map { $0[field] ?? .null }, call)
            let schema = RecordSchema.shared([key, column(for: field)])
            let records = groups.map { group in
                Record(schema: schema, values: [group.key, combine(group.members.map { $0[field] ?? .null })])
            }
            return call.output(.records(.group, records, columns: [key, column(for: field)]))
        default:
            guard let field else { throw call.usageError("`\(name)` needs a field") }
            let (kind, records) = try call.inputRecords()
            try call.checkField(field, at: call.range(ofArgument: 0), kind: kind, records: records)
            try checkNumbers(field, kind: kind, records.map { $0[field] ?? .null }, call)
            return call.output(.scalar(combine(records.map { $0[field] ?? .null })))
        }
    }

    /// For `sum` and `avg`: a usage error when the field is not numeric, by its type or, for a
    /// field known only from its values (a custom field), by a value that is not a number.
    func checkNumbers(_ field: String, kind: RecordKind, _ values: [Value], _ call: CommandCall) throws {
        guard needsNumbers else { return }
        let type = kind.type(of: field)
        let readable = type.isNumeric && values.allSatisfy { $0 == .null || $0.number != nil }
        guard readable else {
            throw Diagnostic.notNumeric(name, field: field, type: type == .any ? .text : type, at: call.range(ofArgument: 0))
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

extension AggregateCommand {
    func check(_ check: StageCheck) throws(Diagnostic) {
        guard needsNumbers, let field = try check.fieldArguments().first, let type = field.type, !type.isNumeric else { return }
        throw Diagnostic.notNumeric(name, field: field.name, type: type, at: check.stage.arguments[0].range)
    }

    func shape(after input: Shape, _ stage: Stage) -> Shape {
        if case .groups(let key, _) = input, let field = stage.arguments.first?.nameText {
            return .records(.group, columns: [key, column(for: field)])
        }
        return .scalar
    }
}
