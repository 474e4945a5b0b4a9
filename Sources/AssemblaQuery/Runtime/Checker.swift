/// Checks a parsed script before anything runs: known commands (with "did you mean"), argument
/// counts, filters only where taken, output stages last, variables defined before use.
struct Checker {
    let state: Environment

    func check(_ script: Script) throws(Diagnostic) {
        var defined = Set(state.variableNames)
        for statement in script.statements {
            try check(statement.pipeline, defined: defined)
            try checkOneOutput(statement)
            if let redirect = statement.redirect, redirect.append,
               OutputFormat.inferred(fromPath: redirect.path) == .json || statement.pipeline.stages.last?.commandName == "json" {
                throw Diagnostic.jsonAppend(at: redirect.range)
            }
            if case .binding(let name, _, let pipeline) = statement.kind {
                if let redirect = statement.redirect {
                    throw Diagnostic.misplaced("`let` prints nothing, so there is nothing to redirect", at: redirect.range,
                                               hint: "redirect a statement that uses it: `$\(name) | … > FILE`")
                }
                if let save = pipeline.stages.first(where: { $0.commandName == "save" }) {
                    throw Diagnostic.misplaced("`let` prints nothing, so there is nothing to save", at: save.range,
                                               hint: "save from a statement that uses it: `$\(name) | save FILE`")
                }
                defined.insert(name)
            }
        }
    }

    private func check(_ pipeline: Pipeline, defined: Set<String>) throws(Diagnostic) {
        var ended: Stage?
        for (position, stage) in pipeline.stages.enumerated() {
            switch stage.head {
            case .variable(let name):
                guard position == 0 else {
                    throw Diagnostic.misplaced("a `$variable` can only start a pipeline", at: stage.headRange,
                                               hint: "write `$\(name) | …`")
                }
                guard Int(name) == nil else {
                    throw Diagnostic.misplaced("a script argument cannot start a pipeline", at: stage.headRange,
                                               hint: "use it as an argument, e.g. `space $\(name) | tickets`")
                }
                guard defined.contains(name) else {
                    throw Diagnostic.undefinedVariable(name, at: stage.headRange, known: Array(defined))
                }
            case .command(let name):
                guard let command = CommandRegistry.command(named: name) else {
                    throw Diagnostic.unknownCommand(name, at: stage.headRange, candidates: CommandRegistry.names)
                }
                if let ended, command.topic != .output {
                    throw Diagnostic.misplaced("`\(command.name)` cannot follow `\(ended.commandName ?? "")`", at: stage.headRange,
                                               hint: "`\(ended.commandName ?? "")` ends a pipeline; only output stages (json, csv, save…) may follow it")
                }
                if command.endsPipeline || command.topic == .output { ended = stage }
                try checkArguments(command, stage)
            }
        }
    }

    /// A statement writes one output: two `save`s, or `save` and `>`/`>>`, are an error
    /// rather than one of them silently dropped.
    private func checkOneOutput(_ statement: Statement) throws(Diagnostic) {
        let saves = statement.pipeline.stages.filter { $0.commandName == "save" }
        if saves.count > 1 {
            throw Diagnostic.twoOutputs(at: saves[1].range, first: "the `save` before it already writes the result to a file")
        }
        if !saves.isEmpty, let redirect = statement.redirect {
            throw Diagnostic.twoOutputs(at: redirect.range, first: "`save` already writes the result to a file")
        }
    }

    private func checkArguments(_ command: any Command, _ stage: Stage) throws(Diagnostic) {
        let count = stage.arguments.count
        if count < command.argumentCount.lowerBound {
            throw Diagnostic.usage("`\(command.name)` needs \(command.argumentCount.lowerBound == 1 ? "an argument" : "\(command.argumentCount.lowerBound) arguments")",
                                   at: stage.range, usage: command.usage)
        }
        if count > command.argumentCount.upperBound {
            let extra = stage.arguments[command.argumentCount.upperBound]
            throw Diagnostic.usage("too many arguments for `\(command.name)`", at: extra.range, usage: command.usage)
        }
        if !command.takesFilters, let condition = stage.condition {
            let first = condition.comparisons.first.map(\.range) ?? stage.range
            throw Diagnostic.usage("`\(command.name)` takes no filters", at: first, usage: command.usage)
        }
    }
}
