/// `confirm on|off`: whether risky writes ask first.
struct ConfirmCommand: Command {
    let name = "confirm"
    let topic = CommandTopic.session
    let summary = "ask (on, the default) or not (off) before risky writes"
    let usage = "confirm on|off"
    let details = "A write over more than one record, and any delete, first shows what it will change and asks. Without a terminal such writes are refused unless `--yes` was given or `confirm off` ran."
    let examples = ["confirm off", "confirm on"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        switch try call.text(0).lowercased() {
        case "on": call.context.state.confirmsWrites = true
        case "off": call.context.state.confirmsWrites = false
        default: throw call.usageError("`confirm` takes on or off", at: call.range(ofArgument: 0))
        }
        return call.output(.none)
    }
}
