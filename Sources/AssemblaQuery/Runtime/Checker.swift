import Foundation

/// Checks a parsed script before anything runs — everything that needs no network: known
/// commands (with "did you mean"), argument counts and values (`first abc`), filters only
/// where taken, output stages last, variables defined and script arguments given (also
/// inside strings and file names), field names where the records' fields are known, and
/// every filter value readable as its field's type (`updated_at>banana`, `priority>x`).
struct Checker {
    let state: Environment
    /// The script's arguments (`$1`…).
    var arguments: [String] = []
    var now = Date()

    func check(_ script: Script) throws(Diagnostic) {
        var defined: [String: Shape] = [:]
        for name in state.variableNames { defined[name] = state.variable(name).map { Shape($0.data) } ?? .unknown }
        for statement in script.statements {
            let shape = try check(statement.pipeline, defined: defined)
            try checkOneOutput(statement)
            if let redirect = statement.redirect {
                try checkVariables(in: redirect.target, defined: defined)
                if redirect.append,
                   OutputFormat.inferred(fromPath: redirect.path) == .json || statement.pipeline.stages.last?.commandName == "json" {
                    throw Diagnostic.jsonAppend(at: redirect.range)
                }
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
                defined[name] = shape
            }
        }
    }

    /// Checks a pipeline; returns the shape of its result.
    private func check(_ pipeline: Pipeline, defined: [String: Shape]) throws(Diagnostic) -> Shape {
        var ended: Stage?
        var shape = Shape.start
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
                guard let bound = defined[name] else {
                    throw Diagnostic.undefinedVariable(name, at: stage.headRange, known: Array(defined.keys))
                }
                shape = bound
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
                try checkVariables(in: stage, defined: defined)
                let check = StageCheck(stage: stage, command: command, input: shape, arguments: arguments, now: now)
                try command.check(check)
                try checkFilters(command, check)
                shape = command.shape(after: shape, stage)
            }
        }
        return shape
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

    /// Every `$1` must be given and every `$name` defined — in arguments, filter values and strings.
    private func checkVariables(in stage: Stage, defined: [String: Shape]) throws(Diagnostic) {
        let values = stage.arguments + (stage.condition?.comparisons.map(\.value) ?? [])
        for expression in values {
            switch expression.kind {
            case .variable(let name): try checkVariable(name, at: expression.range, defined: defined)
            case .template(let template): try checkVariables(in: template, defined: defined)
            case .literal, .word, .time: break
            }
        }
    }

    private func checkVariables(in template: TextTemplate, defined: [String: Shape]) throws(Diagnostic) {
        for (name, range) in template.variables { try checkVariable(name, at: range, defined: defined) }
    }

    private func checkVariable(_ name: String, at range: SourceRange, defined: [String: Shape]) throws(Diagnostic) {
        if let index = Int(name) {
            guard index >= 1, index <= arguments.count else { throw Diagnostic.undefinedVariable(name, at: range, known: []) }
        } else if defined[name] == nil {
            throw Diagnostic.undefinedVariable(name, at: range, known: Array(defined.keys))
        }
    }

    /// Filter fields against the records they test, and each value read as its field's type.
    private func checkFilters(_ command: any Command, _ check: StageCheck) throws(Diagnostic) {
        guard let condition = check.stage.condition else { return }
        if let kind = try command.assignedKind(check), let assignments = condition.assignments {
            for assignment in assignments {
                try checkValue(assignment, type: kind.assignmentType(of: assignment.field), check)
            }
            return
        }
        let target: Shape
        if let kind = command.producedKind {
            target = .records(kind, columns: nil)
        } else if command.filtersInput, case .records = check.input {
            target = check.input
        } else {
            return
        }
        for comparison in condition.comparisons {
            let type: FieldType?
            if let own = command.ownFilters.first(where: { $0.name == comparison.field }) {
                type = own.type
            } else {
                type = try check.field(comparison.field, at: comparison.fieldRange, of: target)
            }
            if let type { try checkValue(comparison, type: type, check) }
        }
    }

    /// A value known before running must be readable as its field's type.
    private func checkValue(_ comparison: Comparison, type: FieldType, _ check: StageCheck) throws(Diagnostic) {
        guard FieldType.coerces(comparison.op), let value = try check.value(of: comparison.value) else { return }
        do {
            _ = try type.coerce(value, now: now)
        } catch {
            throw Diagnostic.typeMismatch(error, field: comparison.field, at: comparison.value.range)
        }
    }
}
