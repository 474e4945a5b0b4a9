import Foundation

/// Everything a command needs while one statement runs.
struct StatementContext: Sendable {
    let backend: any QueryBackend
    let lookups: Lookups
    let state: Environment
    let options: SessionOptions
    /// The moment the statement started: `now`, `today` and `-7d` are relative to it.
    let now: Date
    /// Asks the person to confirm a write (interactive sessions only).
    let confirm: @Sendable (String) async -> Bool
    /// Prints a line immediately (confirmation previews, progress of writes).
    let print: @Sendable (String) -> Void
    /// Words the statement uses as field names (filters and plain arguments), so fields that
    /// cost requests (a ticket's `tags`) are fetched only when named.
    var fieldNames: Set<String> = []
    /// Prints a warning line to standard error (a filter name that matches nothing).
    var warn: @Sendable (String) -> Void = { _ in }
}

extension StatementContext {
    /// The value of `$name` or `$1` (a script argument: a number when it reads as one, else text).
    func variable(_ name: String, at range: SourceRange) throws(Diagnostic) -> Value {
        if let index = Int(name) {
            guard index >= 1, index <= options.arguments.count else {
                throw Diagnostic.undefinedVariable(name, at: range, known: [])
            }
            return Self.argumentValue(options.arguments[index - 1])
        }
        guard let bound = state.variable(name) else {
            throw Diagnostic.undefinedVariable(name, at: range, known: state.variableNames)
        }
        return bound.asValue
    }

    /// A script argument as a value: a whole number when it reads as one, else text.
    static func argumentValue(_ text: String) -> Value {
        if case .number = Lexer.classify(text), let integer = Int(text) { return .int(integer) }
        return .string(text)
    }

    /// The text of a template with its `$1`/`$name` references replaced.
    func interpolate(_ template: TextTemplate) throws(Diagnostic) -> String {
        try template.resolve { (name, range) throws(Diagnostic) -> String in try variable(name, at: range).plainText }
    }
}
