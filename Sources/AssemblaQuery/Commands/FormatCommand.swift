/// A final stage that chooses the output format (`| json`, `| csv`, …).
protocol FormatCommand: Command {
    var format: OutputFormat { get }
}

extension FormatCommand {
    var topic: CommandTopic { .output }
    var usage: String { "… | \(name)" }
    var endsPipeline: Bool { true }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        var value = call.input
        value.format = format
        return value
    }
}
