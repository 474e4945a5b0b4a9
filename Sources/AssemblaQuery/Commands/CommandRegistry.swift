/// Every command, by name. `help`, completion, "did you mean" and the evaluator use this list.
enum CommandRegistry {
    /// All commands in help order.
    static let all: [any Command] = [
        // Sources
        SpacesCommand(), SpaceCommand(), MilestonesCommand(), MilestoneCommand(), TicketsCommand(), TicketCommand(),
        UsersCommand(), UserCommand(), MeCommand(), TasksCommand(), StreamCommand(), CommentsCommand(),
        TagsCommand(), StatusesCommand(), ToolsCommand(), ToolCommand(), MembersCommand(), CustomFieldsCommand(),
        // Transformers
        WhereCommand(), SortCommand(), SelectCommand(), FirstCommand(), LastCommand(), UniqCommand(), GroupCommand(),
        CountCommand(), SumCommand(), AvgCommand(), MinCommand(), MaxCommand(),
        GetCommand(),
        // Output
        TableCommand(), JSONCommand(), CSVCommand(), TSVCommand(), MarkdownCommand(), SaveCommand(),
        // Writes
        SetCommand(), UpdateCommand(), CreateCommand(), CopyCommand(), DeleteCommand(), AddCommand(), RemoveCommand(),
        CommentCommand(), CompleteCommand(), LogCommand(),
        // Session
        LetCommand(), CacheCommand(), ConfirmCommand(), HelpCommand(), FieldsCommand(), ExplainCommand(),
    ]

    private static let byName: [String: any Command] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// The command with this name.
    static func command(named name: String) -> (any Command)? { byName[name.lowercased()] }

    /// Every command name.
    static var names: [String] { all.map(\.name) }
}
