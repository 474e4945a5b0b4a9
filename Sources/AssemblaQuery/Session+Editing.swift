/// What the line editor asks: whether a line continues, and completions.
extension Session {
    /// True when `text` cannot end here: its last line ends in `|` (or `\`), a quote is open,
    /// or a parenthesis is open.
    public func needsContinuation(_ text: String) -> Bool {
        var lexer = Lexer(source: SourceFile(text: text, name: nil))
        let tokens: [Token]
        do {
            tokens = try lexer.tokenize()
        } catch {
            return error.message == "unterminated string"
        }
        var depth = 0
        for token in tokens {
            if token.kind == .leftParen { depth += 1 }
            if token.kind == .rightParen { depth -= 1 }
        }
        if depth > 0 { return true }
        let trimmed = text.trimmingTrailingWhitespace
        if trimmed.hasSuffix("\\") { return true }
        let meaningful = tokens.filter { $0.kind != .newline && $0.kind != .endOfFile }
        return meaningful.last?.kind == .pipe
    }

    /// Completions for the word that ends at `cursor` (a character offset in `line`): command
    /// names where a command goes, else field names, record kinds and keywords. Each completion
    /// is the whole word to put in place of the partial one, sorted.
    public func completions(line: String, cursor: Int) -> [String] {
        let characters = Array(line)
        let end = min(max(0, cursor), characters.count)
        var start = end
        while start > 0, !Lexer.delimiters.contains(characters[start - 1]) { start -= 1 }
        let partial = String(characters[start..<end]).lowercased()
        let before = String(characters[0..<start]).trimmingTrailingWhitespace
        var previousWord = ""
        if let last = before.split(whereSeparator: { Lexer.delimiters.contains($0) }).last { previousWord = String(last) }
        let commandPosition = before.isEmpty || before.hasSuffix("|") || before.hasSuffix(";")
        var candidates: [String]
        if commandPosition {
            candidates = CommandRegistry.names
        } else if previousWord == "help" {
            candidates = CommandRegistry.names + HelpTopic.allCases.map(\.rawValue)
        } else if previousWord == "fields" {
            candidates = RecordKind.allCases.filter { !$0.fieldNames.isEmpty }.map(\.plural)
        } else if previousWord == "cache" || previousWord == "confirm" {
            candidates = ["on", "off"] + (previousWord == "cache" ? ["clear"] : [])
        } else {
            var seen = Set<String>()
            candidates = RecordKind.allCases.flatMap(\.fieldNames).filter { seen.insert($0).inserted }.sorted()
            candidates += ["desc", "asc", "or", "and", "today", "yesterday", "now"]
            candidates += state.variableNames.map { "$" + $0 }
            candidates += state.knownNames
        }
        return Set(candidates.filter { $0.lowercased().hasPrefix(partial) }).sorted()
    }
}

extension String {
    /// The string without trailing spaces, tabs and line breaks.
    var trimmingTrailingWhitespace: String {
        var result = Substring(self)
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return String(result)
    }
}
