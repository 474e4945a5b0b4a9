/// A comparison operator in a filter (`field OP value`).
enum ComparisonOperator: String, Sendable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case contains = "~"
    case notContains = "!~"
}

/// The kinds of token the lexer produces.
enum TokenKind: Sendable, Equatable {
    /// A bare word: a command, field name or unquoted value (`tickets`, `status`, `Test`, `big-project`).
    case word(String)
    /// A quoted string with escapes resolved.
    case string(String)
    /// A quoted string that refers to `$1` or `$name`.
    case template(TextTemplate)
    /// A number as written (`3`, `1.5`, `-2`).
    case number(String)
    /// A calendar date or date-time as written (`2026-01-31`, `2026-01-31T10:00`).
    case date(String)
    /// A relative time (`-7d`, `-24h`, `-30m`, `+2w`): signed amount and unit letter.
    case relativeTime(Int, Character)
    /// `$name` or `$1`.
    case variable(String)
    /// A comparison operator; `=` also serves `let` and assignments.
    case comparison(ComparisonOperator)
    /// `>>` (append redirect).
    case appendRedirect
    case pipe
    case semicolon
    case newline
    case leftParen
    case rightParen
    case endOfFile
}

/// A token with the source range it covers.
struct Token: Sendable, Equatable {
    let kind: TokenKind
    let range: SourceRange
    /// True when whitespace (or the start of the text) precedes the token.
    let spaceBefore: Bool

    /// The word's text when the token is a bare word.
    var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }
}

extension TokenKind {
    /// How the token reads in a diagnostic ("`|`", "a string", "end of input").
    var description: String {
        switch self {
        case .word(let text): return "`\(Diagnostic.shortened(text))`"
        case .string(let text): return "the string \"\(Diagnostic.shortened(text))\""
        case .template(let template): return "the string \"\(Diagnostic.shortened(template.written))\""
        case .number(let text): return "the number \(Diagnostic.shortened(text))"
        case .date(let text): return "the date \(Diagnostic.shortened(text))"
        case .relativeTime(let amount, let unit): return "the time \(amount)\(unit)"
        case .variable(let name): return "`$\(Diagnostic.shortened(name))`"
        case .comparison(let op): return "`\(op.rawValue)`"
        case .appendRedirect: return "`>>`"
        case .pipe: return "`|`"
        case .semicolon: return "`;`"
        case .newline: return "end of line"
        case .leftParen: return "`(`"
        case .rightParen: return "`)`"
        case .endOfFile: return "end of input"
        }
    }
}
