/// `last [N]`: the last N records (or values).
struct LastCommand: Command {
    let name = "last"
    let topic = CommandTopic.transform
    let summary = "keep the last N records (default 1)"
    let usage = "last [N]"
    let details = ""
    let examples = ["stream since=-24h | sort date | last 5"]
    let argumentCount = 0...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        try Slicing.slice(call) { items, count in Array(items.suffix(count)) }
    }
}

extension LastCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { try Slicing.check(check) }
}
