import Foundation

/// Parses tokens into a `Script`. One parse function per node; `mutating` only where tokens
/// are consumed; every loop asserts that it made progress.
///
/// Grammar (EBNF-ish):
/// ```
/// script     = { separator } [ statement { separator { separator } statement } ] { separator }
/// statement  = ( "let" WORD "=" pipeline | "explain" pipeline | pipeline ) [ ( ">" | ">>" ) path ]
/// pipeline   = stage { "|" { NEWLINE } stage }
/// stage      = ( WORD | VARIABLE ) { value } [ condition ]
/// condition  = conjunct { "or" conjunct }
/// conjunct   = primary { [ "and" ] primary }
/// primary    = "(" condition ")" | WORD OP value
/// value      = WORD | STRING | NUMBER | DATE | RELATIVE | VARIABLE
/// ```
struct Parser {
    private let tokens: [Token]
    private let source: SourceFile
    private var index = 0
    /// The deepest parentheses a filter may nest: deeper input is an error, not a stack overflow
    /// (the parser, checker and evaluator recurse once per level).
    static let maximumNesting = 100
    /// Open parentheses around the current position: inside them line breaks are spaces.
    private var parenDepth = 0
    /// Whether a command takes filters; decides whether `word > value` is a comparison or
    /// whether `>` starts a redirect.
    private let acceptsFilters: (String) -> Bool

    init(source: SourceFile, acceptsFilters: @escaping (String) -> Bool = { _ in true }) throws(Diagnostic) {
        var lexer = Lexer(source: source)
        self.tokens = try lexer.tokenize()
        self.source = source
        self.acceptsFilters = acceptsFilters
    }

    private var current: Token { tokens[index] }
    private func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private var atSeparator: Bool {
        switch current.kind {
        case .semicolon, .newline: return true
        default: return false
        }
    }

    /// Parses the whole script.
    mutating func parseScript() throws(Diagnostic) -> Script {
        var statements: [Statement] = []
        while true {
            while atSeparator { advance() }
            if current.kind == .endOfFile { break }
            let before = index
            statements.append(try parseStatement())
            guard atSeparator || current.kind == .endOfFile else {
                throw Diagnostic.expected("`;`, `|` or end of line", found: current)
            }
            precondition(index > before, "parser made no progress")
        }
        return Script(statements: statements)
    }

    private mutating func parseStatement() throws(Diagnostic) -> Statement {
        let start = current.range
        let kind: Statement.Kind
        if current.word == "let", case .word(let name) = peek().kind, peek(2).kind == .comparison(.equal) {
            advance()
            let nameRange = advance().range
            advance()
            kind = .binding(name: name, nameRange: nameRange, pipeline: try parsePipeline())
        } else if current.word == "explain", peek().word != nil {
            advance()
            kind = .explain(try parsePipeline())
        } else {
            kind = .pipeline(try parsePipeline())
        }
        let redirect = try parseRedirect()
        let end = redirect?.range ?? kind.pipelineRange
        return Statement(kind: kind, redirect: redirect, range: start.union(end))
    }

    private mutating func parseRedirect() throws(Diagnostic) -> Redirect? {
        let append: Bool
        switch current.kind {
        case .appendRedirect: append = true
        case .comparison(.greater): append = false
        default: return nil
        }
        let operatorRange = advance().range
        var target = TextTemplate(parts: [])
        var range = current.range
        switch current.kind {
        case .string(let text):
            target = TextTemplate(text)
            advance()
        case .template(let template):
            target = template
            advance()
        default:
            // A bare path is every token up to the next whitespace, e.g. `~/reports/$1.csv`.
            var first = true
            while first || !current.spaceBefore, isPathPiece(current.kind) {
                range = first ? current.range : range.union(current.range)
                if case .variable(let name) = current.kind {
                    target.parts.append(.variable(name, current.range))
                } else {
                    target.append(source.text(current.range))
                }
                advance()
                first = false
            }
        }
        guard !target.parts.isEmpty, target.written != "" else { throw Diagnostic.expected("a file name", found: current) }
        return Redirect(target: target, append: append, range: operatorRange.union(range))
    }

    private func isPathPiece(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .number, .date, .relativeTime, .variable, .comparison(.contains), .comparison(.equal): return true
        default: return false
        }
    }

    private mutating func parsePipeline() throws(Diagnostic) -> Pipeline {
        var stages = [try parseStage()]
        while current.kind == .pipe {
            let pipe = advance()
            while current.kind == .newline { advance() }
            if current.kind == .pipe || atSeparator || current.kind == .endOfFile {
                throw Diagnostic.emptyStage(at: current.kind == .endOfFile ? pipe.range : current.range)
            }
            stages.append(try parseStage())
        }
        return Pipeline(stages: stages)
    }

    private mutating func parseStage() throws(Diagnostic) -> Stage {
        let headToken = current
        let head: Stage.Head
        switch headToken.kind {
        case .word(let name): head = .command(name)
        case .variable(let name): head = .variable(name)
        default: throw Diagnostic.expectedCommand(found: headToken)
        }
        advance()
        let takesFilters: Bool
        if case .command(let name) = head { takesFilters = acceptsFilters(name) } else { takesFilters = false }
        var arguments: [Expression] = []
        var condition: Condition?
        while true {
            let before = index
            if startsCondition(takesFilters: takesFilters) {
                if condition != nil { throw Diagnostic.argumentAfterFilter(at: current.range) }
                condition = try parseCondition()
            } else if isValueStart(current.kind) {
                if condition != nil { throw Diagnostic.argumentAfterFilter(at: current.range) }
                arguments.append(try parseValue())
            } else {
                break
            }
            precondition(index > before, "parser made no progress")
        }
        switch current.kind {
        case .pipe, .semicolon, .newline, .endOfFile, .appendRedirect, .comparison(.greater): break
        case .rightParen: throw Diagnostic.expected("a filter before `)`", found: current)
        default: throw Diagnostic.expected("a value or filter", found: current)
        }
        let end = tokens[max(index - 1, 0)].range
        return Stage(head: head, headRange: headToken.range, arguments: arguments, condition: condition,
                     range: headToken.range.union(end))
    }

    private func startsCondition(takesFilters: Bool) -> Bool {
        if current.kind == .leftParen { return true }
        guard current.word != nil, case .comparison(let op) = peek().kind else { return false }
        return op != .greater || takesFilters
    }

    private func isValueStart(_ kind: TokenKind) -> Bool {
        switch kind {
        case .word, .string, .template, .number, .date, .relativeTime, .variable: return true
        default: return false
        }
    }

    private mutating func skipNewlinesInParentheses() {
        while parenDepth > 0, current.kind == .newline { advance() }
    }

    private mutating func parseCondition() throws(Diagnostic) -> Condition {
        var parts = [try parseConjunct()]
        skipNewlinesInParentheses()
        while current.word == "or" {
            advance()
            while current.kind == .newline { advance() }
            parts.append(try parseConjunct())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    private mutating func parseConjunct() throws(Diagnostic) -> Condition {
        var parts: [Condition] = []
        while true {
            let before = index
            skipNewlinesInParentheses()
            if current.word == "and", !parts.isEmpty {
                advance()
                guard startsCondition(takesFilters: true) else { throw Diagnostic.expected("a filter after `and`", found: current) }
            }
            if current.kind == .leftParen || (current.word != nil && current.word != "or" && peek().kind.isComparison) {
                parts.append(try parsePrimary())
            } else {
                break
            }
            precondition(index > before, "parser made no progress")
        }
        guard !parts.isEmpty else { throw Diagnostic.expected("a filter `field OP value`", found: current) }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    private mutating func parsePrimary() throws(Diagnostic) -> Condition {
        if current.kind == .leftParen {
            guard parenDepth < Self.maximumNesting else { throw Diagnostic.nestedTooDeeply(Self.maximumNesting, at: current.range) }
            advance()
            while current.kind == .newline { advance() }
            parenDepth += 1
            let inner = try parseCondition()
            skipNewlinesInParentheses()
            parenDepth -= 1
            guard current.kind == .rightParen else { throw Diagnostic.expected("`)`", found: current) }
            advance()
            return inner
        }
        let fieldToken = advance()
        guard case .comparison(let op) = advance().kind else { preconditionFailure("checked by the caller") }
        guard isValueStart(current.kind) else { throw Diagnostic.expected("a value after `\(op.rawValue)`", found: current) }
        let value = try parseValue()
        return .comparison(Comparison(field: fieldToken.word ?? "", fieldRange: fieldToken.range, op: op, value: value))
    }

    private mutating func parseValue() throws(Diagnostic) -> Expression {
        let token = advance()
        let kind: Expression.Kind
        switch token.kind {
        case .word(let text):
            switch text {
            case "true": kind = .literal(.bool(true))
            case "false": kind = .literal(.bool(false))
            case "null": kind = .literal(.null)
            case "now": kind = .time(.now)
            case "today": kind = .time(.today)
            case "yesterday": kind = .time(.yesterday)
            default: kind = .word(text)
            }
        case .string(let text): kind = .literal(.string(text))
        case .template(let template): kind = .template(template)
        case .number(let text):
            if let integer = Int(text) { kind = .literal(.int(integer)) }
            else if let double = Double(text) { kind = .literal(.double(double)) }
            else { throw Diagnostic.invalidNumber(text, at: token.range) }
        case .date(let text):
            guard let date = DateParsing.parse(text) else { throw Diagnostic.invalidDate(text, at: token.range) }
            kind = .literal(.date(date, dayOnly: text.count == 10))
        case .relativeTime(let amount, let unit):
            kind = .time(.offset(try NumberConversion.offset(amount: amount, unit: unit, text: source.text(token.range), at: token.range)))
        case .variable(let name): kind = .variable(name)
        default: preconditionFailure("checked by isValueStart")
        }
        return Expression(kind: kind, range: token.range)
    }
}

extension TokenKind {
    /// True for comparison operators.
    var isComparison: Bool {
        if case .comparison = self { return true }
        return false
    }
}

extension Statement.Kind {
    fileprivate var pipelineRange: SourceRange {
        switch self {
        case .pipeline(let pipeline), .binding(_, _, let pipeline), .explain(let pipeline): return pipeline.range
        }
    }
}
