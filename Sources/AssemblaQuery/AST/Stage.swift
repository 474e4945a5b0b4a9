/// One stage of a pipeline: a command (or a `$variable`) with its arguments and filter.
struct Stage: Sendable, Equatable {
    /// What the stage starts with.
    enum Head: Sendable, Equatable {
        case command(String)
        case variable(String)
    }

    let head: Head
    let headRange: SourceRange
    /// Plain arguments, before any filter.
    let arguments: [Expression]
    /// Filters or assignments (`status=Test priority<3`).
    let condition: Condition?
    let range: SourceRange

    /// The command name, or nil for a `$variable` stage.
    var commandName: String? {
        if case .command(let name) = head { return name }
        return nil
    }
}

/// Stages separated by `|`.
struct Pipeline: Sendable, Equatable {
    let stages: [Stage]

    /// Words that may name fields: filter fields and bare-word arguments of every stage.
    var fieldNames: Set<String> {
        var names = Set<String>()
        for stage in stages {
            names.formUnion(stage.condition?.comparisons.map(\.field) ?? [])
            for argument in stage.arguments { if case .word(let word) = argument.kind { names.insert(word) } }
        }
        return names
    }
    var range: SourceRange { stages[0].range.union(stages[stages.count - 1].range) }
}
