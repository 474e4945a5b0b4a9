import Assembla
import Foundation

/// One stage being run: the parsed stage, its input and the statement's context, with the
/// helpers commands share (argument values, scope, filters, concurrency).
struct CommandCall: Sendable {
    let command: any Command
    let stage: Stage
    let input: PipelineValue
    let context: StatementContext
    /// The plan of this stage when it is a source (what to push, what to fetch, when to stop).
    var source: SourcePlan? = nil

    // MARK: Arguments

    /// The value of an expression: words are text, times are dates relative to the statement's start.
    func value(of expression: Expression) throws -> Value {
        switch expression.kind {
        case .literal(let value): return value
        case .word(let text): return .string(text)
        case .time(let time):
            let value = time.value(now: context.now)
            if case .date(let date, _) = value { _ = try NumberConversion.date(date, subject: "the time", at: expression.range) }
            return value
        case .variable(let name): return try context.variable(name, at: expression.range)
        case .template(let template): return .string(try context.interpolate(template))
        }
    }

    /// The value of a filter's right side read as the type of its field (the one coercion
    /// step: `updated_at>$1` with `$1` = `-7d` compares dates). `~` and `!~` compare text.
    /// - Throws: a usage diagnostic at the value when it cannot have the field's type.
    func value(of comparison: Comparison, type: FieldType) throws -> Value {
        let value = try value(of: comparison.value)
        guard FieldType.coerces(comparison.op) else { return value }
        do {
            return try type.coerce(value, now: context.now)
        } catch {
            throw Diagnostic.typeMismatch(error, field: comparison.field, at: comparison.value.range)
        }
    }

    /// The text of the plain argument at `index` (a name, a number, a field).
    func text(_ index: Int) throws -> String {
        try value(of: stage.arguments[index]).plainText
    }

    /// The text of the plain argument at `index`, if present.
    func optionalText(_ index: Int) throws -> String? {
        index < stage.arguments.count ? try text(index) : nil
    }

    /// The range of the plain argument at `index`, or the command's range.
    func range(ofArgument index: Int) -> SourceRange {
        index < stage.arguments.count ? stage.arguments[index].range : stage.headRange
    }

    /// A usage error at the command.
    func usageError(_ message: String, at range: SourceRange? = nil) -> Diagnostic {
        .usage(message, at: range ?? stage.range, usage: command.usage)
    }

    // MARK: Input

    /// The input records, or a usage error naming what the command needs.
    func inputRecords() throws -> (kind: RecordKind, records: [Record]) {
        switch input.data.flattened {
        case .records(let kind, let records, _): return (kind, records)
        default:
            throw usageError("`\(command.name)` needs records as input", at: stage.headRange)
        }
    }

    /// `input` with new data, narrowing the scope when the data are records.
    func output(_ data: PipelineData) -> PipelineValue {
        var value = input
        value.data = data
        if case .records(let kind, let records, _) = data { value.scope = input.scope.narrowed(to: kind, records) }
        return value
    }

    /// Records as output (no selected columns).
    func output(_ kind: RecordKind, _ records: [Record]) -> PipelineValue {
        output(.records(kind, records, columns: nil))
    }

    // MARK: Scope

    /// The spaces in scope, or every space of the user when none was selected.
    func spacesInScope() async throws -> [Record] {
        if let spaces = input.scope.spaces { return spaces }
        return try await context.lookups.spaces()
    }

    /// The one space in scope, or a usage error asking for `space NAME | …`.
    func singleSpace() throws -> Record {
        guard let spaces = input.scope.spaces, spaces.count == 1 else {
            let found = input.scope.spaces.map { "\($0.count) spaces are" } ?? "no space is"
            throw usageError("`\(command.name)` needs one space, but \(found) selected",
                             at: stage.headRange)
        }
        return spaces[0]
    }

    /// The space a record belongs to (by its `space_id`).
    func space(of record: Record) async throws -> Record {
        if let id = record.text("space_id"), let space = try await context.lookups.space(id: id) { return space }
        return try singleSpace()
    }

    /// Runs `body` for each item with at most the client's `maxConcurrentRequests` in flight
    /// (the library's one bounded-concurrency loop); results in the items' order.
    func concurrently<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ body: @escaping @Sendable (Item) async throws -> [Result]
    ) async throws -> [Result] {
        try await boundedMap(items, limit: context.backend.concurrency, body).flatMap { $0 }
    }

    // MARK: Names

    /// Picks one record by name, or a runtime error saying "not found" / "ambiguous" with candidates.
    func pick(_ name: String, from records: [Record], keys: [String], what: String, at range: SourceRange) throws -> Record {
        switch records.match(name, keys: keys) {
        case .found(let record): return record
        case .notFound(let candidates): throw Diagnostic.notFound(what, name, at: range, candidates: candidates)
        case .ambiguous(let candidates): throw Diagnostic.ambiguous(what, name, at: range, candidates: candidates)
        }
    }
}
