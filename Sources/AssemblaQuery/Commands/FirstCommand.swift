/// `first [N]`: the first N records (or values).
struct FirstCommand: Command {
    let name = "first"
    let topic = CommandTopic.transform
    let summary = "keep the first N records (default 1)"
    let usage = "first [N]"
    let details = ""
    let examples = ["tickets | sort updated_at desc | first 10"]
    let argumentCount = 0...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        try Slicing.slice(call) { items, count in Array(items.prefix(count)) }
    }
}

/// Shared by `first` and `last`: the count argument and slicing records or values.
enum Slicing {
    static func slice(_ call: CommandCall, _ cut: ([Record], Int) -> [Record]) throws -> PipelineValue {
        var count = 1
        if !call.stage.arguments.isEmpty {
            count = try Slicing.count(of: try call.value(of: call.stage.arguments[0]), command: call.command, at: call.range(ofArgument: 0))
        }
        if case .values(let values) = call.input.data {
            let schema = RecordSchema.shared(["value"])
            let wrapped = values.map { Record(schema: schema, values: [$0]) }
            return call.output(.values(cut(wrapped, count).compactMap { $0["value"] }))
        }
        let (kind, records) = try call.inputRecords()
        return call.output(.records(kind, cut(records, count), columns: call.input.data.columns))
    }
}

extension FirstCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { try Slicing.check(check) }
}

extension Slicing {
    /// The count, when known before running, must be a whole number ≥ 0.
    static func check(_ check: StageCheck) throws(Diagnostic) {
        guard let argument = check.stage.arguments.first, let value = try check.value(of: argument) else { return }
        _ = try count(of: value, command: check.command, at: argument.range)
    }

    /// The count `value` stands for (the one checked conversion, before and while running).
    static func count(of value: Value, command: any Command, at range: SourceRange) throws(Diagnostic) -> Int {
        try NumberConversion.integer(value, in: 0...Int.max, what: "`\(command.name)`", at: range, usage: command.usage)
    }
}
