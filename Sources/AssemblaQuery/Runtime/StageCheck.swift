import Foundation

/// One stage as the checker sees it before anything runs: its input's shape, and the values
/// of its arguments that are known already (literals, words, times, script arguments `$1`).
struct StageCheck {
    let stage: Stage
    let command: any Command
    let input: Shape
    /// The script's arguments (`$1`…).
    let arguments: [String]
    let now: Date

    /// The value of `expression` when known before running; nil for `$name` (bound at run time).
    /// - Throws: a missing script argument (`$3` with two arguments).
    func value(of expression: Expression) throws(Diagnostic) -> Value? {
        switch expression.kind {
        case .literal(let value): return value
        case .word(let text): return .string(text)
        case .time(let time): return time.value(now: now)
        case .variable(let name):
            guard let index = Int(name) else { return nil }
            return .some(StatementContext.argumentValue(try argument(index, name: name, at: expression.range)))
        case .template(let template):
            var known = true
            let text = try template.resolve { (name, range) throws(Diagnostic) -> String in
                guard let index = Int(name) else {
                    known = false
                    return ""
                }
                return try argument(index, name: name, at: range)
            }
            return known ? .string(text) : nil
        }
    }

    /// The text of the plain argument at `index`, when known before running.
    func text(_ index: Int) throws(Diagnostic) -> String? {
        guard index < stage.arguments.count else { return nil }
        return try value(of: stage.arguments[index])?.plainText
    }

    private func argument(_ index: Int, name: String, at range: SourceRange) throws(Diagnostic) -> String {
        guard index >= 1, index <= arguments.count else { throw Diagnostic.undefinedVariable(name, at: range, known: []) }
        return arguments[index - 1]
    }

    /// Checks that `name` is a field of `shape`'s records; returns its type (nil when the shape
    /// cannot tell, e.g. a ticket's custom field).
    /// - Throws: an unknown-field diagnostic listing the fields.
    func field(_ name: String, at range: SourceRange, of shape: Shape? = nil) throws(Diagnostic) -> FieldType? {
        let shape = shape ?? input
        if let type = shape.type(of: name) { return type }
        guard let fields = shape.fields else { return nil }
        throw Diagnostic.unknownField(name, at: range, fields: fields.map(\.name))
    }

    /// The field arguments from `start` (words such as `asc`/`desc` in `skipping` left out),
    /// each checked against the input; their names and types.
    func fieldArguments(from start: Int = 0, skipping: Set<String> = []) throws(Diagnostic) -> [(name: String, type: FieldType?)] {
        var fields: [(name: String, type: FieldType?)] = []
        for index in stage.arguments.indices where index >= start {
            guard let name = try text(index), !skipping.contains(name) else { continue }
            let shape: Shape
            if case .groups(_, let kind) = input { shape = .records(kind, columns: nil) } else { shape = input }
            fields.append((name, try field(name, at: stage.arguments[index].range, of: shape)))
        }
        return fields
    }

    /// A usage error at `range` (the stage when nil), with the command's usage line.
    func usageError(_ message: String, at range: SourceRange? = nil) -> Diagnostic {
        .usage(message, at: range ?? stage.range, usage: command.usage)
    }
}
