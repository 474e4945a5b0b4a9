import Assembla
import Foundation

/// Runs a statement's plan stage by stage — sources with what their plan pushes, fetches and
/// folds, the rest locally — turning every failure into a diagnostic that points at the
/// stage that failed.
struct Evaluator {
    let context: StatementContext

    /// The value at the end of the plan.
    func evaluate(_ plan: Plan) async throws(Diagnostic) -> PipelineValue {
        let early = await startEarly(plan)
        var value = PipelineValue()
        for (index, step) in plan.steps.enumerated() {
            if case .folded = step.role { continue }
            if let early, index == early.index {
                if value == early.input {
                    value = try await early.adopt(warn: context.warn)
                    continue
                }
                await early.discard()
            }
            do {
                value = try await run(step.stage, source: step.source, input: value)
            } catch {
                // The stage before the early one failed: nothing of the statement is left running.
                if let early, index < early.index { await early.discard() }
                throw error
            }
        }
        return value
    }

    /// Starts `plan.earlyStart` on the space the remembered list gives the `space` stage
    /// before it (see `EarlyStart`), unless nothing is remembered, NAME picks no single space
    /// from it, or the spaces list is held (then the `space` stage sends nothing to wait for).
    func startEarly(_ plan: Plan) async -> EarlyStart? {
        guard let (index, input) = await earlyInput(plan) else { return nil }
        let step = plan.steps[index]
        let warnings = EarlyStart.Warnings()
        var held = context
        held.warn = { warnings.append($0) }
        let evaluator = Evaluator(context: held)
        let task = Task { () -> Result<PipelineValue, Diagnostic> in
            do throws(Diagnostic) {
                return .success(try await evaluator.run(step.stage, source: step.source, input: input))
            } catch {
                return .failure(error)
            }
        }
        return EarlyStart(index: index, input: input, task: task, warnings: warnings)
    }

    /// The one decision whether `plan` starts a stage early, and on what (`explain` prints it
    /// from here too): the stage `plan.earlyStart` and the `space` stage's output picked from
    /// the remembered list; nil when nothing is remembered, NAME (a variable resolved) picks no
    /// single space from it, or the spaces list is held (the `space` stage sends nothing).
    func earlyInput(_ plan: Plan) async -> (index: Int, input: PipelineValue)? {
        guard let index = plan.earlyStart, let first = plan.steps.first, index < plan.steps.count,
              await context.backend.heldSpaces() == nil,
              let remembered = await context.backend.rememberedSpaces(),
              let space = CommandRegistry.command(named: "space") as? SpaceCommand
        else { return nil }
        let call = CommandCall(command: space, stage: first.stage, input: PipelineValue(), context: context, source: first.source)
        guard let input = try? space.select(call, from: remembered) else { return nil }
        return (index, input)
    }

    private func run(_ stage: Stage, source: SourcePlan?, input: PipelineValue) async throws(Diagnostic) -> PipelineValue {
        switch stage.head {
        case .variable(let name):
            guard let bound = context.state.variable(name) else {
                throw Diagnostic.undefinedVariable(name, at: stage.headRange, known: context.state.variableNames)
            }
            return bound
        case .command(let name):
            guard let command = CommandRegistry.command(named: name) else {
                throw Diagnostic.unknownCommand(name, at: stage.headRange, candidates: CommandRegistry.names)
            }
            let call = CommandCall(command: command, stage: stage, input: input, context: context, source: source)
            do {
                return try await command.run(call)
            } catch let diagnostic as Diagnostic {
                throw diagnostic
            } catch let error as AssemblaError {
                throw Self.diagnostic(for: error, at: stage)
            } catch is CancellationError {
                throw Diagnostic.runtime("cancelled", at: stage.range)
            } catch {
                throw Diagnostic.runtime(String(describing: error), at: stage.range)
            }
        }
    }

    /// The one translation of client errors: a name that matched nothing or several things
    /// points at the stage's argument (with candidates); anything else is a runtime error
    /// showing the client's one-line description (request and status, never credentials).
    static func diagnostic(for error: AssemblaError, at stage: Stage) -> Diagnostic {
        func range(of name: String) -> SourceRange {
            let assignment = stage.condition?.comparisons.first { $0.value.nameText == name }
            return assignment?.value.range ?? stage.arguments.first?.range ?? stage.headRange
        }
        switch error.kind {
        case .noMatch(let kind, let name, let candidates): return Diagnostic.notFound(kind, name, at: range(of: name), candidates: candidates)
        case .ambiguous(let kind, let name, let candidates): return Diagnostic.ambiguous(kind, name, at: range(of: name), candidates: candidates)
        default: return Diagnostic.runtime(String(describing: error), at: stage.range)
        }
    }
}
