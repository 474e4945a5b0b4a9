/// `help [COMMAND]`: the command list, or one command's usage, description and examples.
struct HelpCommand: Command {
    let name = "help"
    let topic = CommandTopic.session
    let summary = "list commands, or explain one"
    let usage = "help [COMMAND|filters|values|output|writes]"
    let details = "Statements are stages separated by `|`; `;` or a new line separates statements; a line ending in `|` continues. `fields KIND` lists a record kind's fields."
    let examples = ["help", "help tickets", "help filters"]
    let argumentCount = 0...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        guard let word = try call.optionalText(0) else { return call.output(.message(HelpCommand.overview)) }
        if let topic = HelpTopic(rawValue: word.lowercased()) { return call.output(.message(topic.text)) }
        guard let command = CommandRegistry.command(named: word) else {
            throw Diagnostic.unknownCommand(word, at: call.range(ofArgument: 0),
                                            candidates: CommandRegistry.names + HelpTopic.allCases.map(\.rawValue))
        }
        return call.output(.message(command.helpText))
    }

    /// Every command with its one-line summary, by topic.
    static var overview: String {
        let width = CommandRegistry.names.map(\.count).max() ?? 0
        var text = "AssemblaQuery: stages separated by `|`, e.g. space \"Big Project\" | tickets status=Test | count\n"
        for topic in CommandTopic.allCases {
            text += "\n\(topic.rawValue):\n"
            for command in CommandRegistry.all where command.topic == topic {
                text += "  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary + "\n"
            }
        }
        text += "\n`help COMMAND` shows usage and examples; `help filters`, `help values`, `help output` and\n"
        text += "`help writes` explain the language; `fields tickets` lists a record kind's fields.\n"
        return text
    }
}
