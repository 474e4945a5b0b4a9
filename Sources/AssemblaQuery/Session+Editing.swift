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

    /// Offers the space names an earlier run remembered (the client's hints) to completion
    /// before any list is fetched, so `space "Big<Tab>` completes at a fresh prompt. Sends
    /// nothing; names fetched later are added as before.
    public func primeCompletions() async {
        state.remember(names: await backend.rememberedSpaces()?.compactMap { $0.text("name") } ?? [])
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
            let kinds = Self.flowingKind(before: before).map { [$0] } ?? RecordKind.allCases
            candidates = kinds.flatMap(\.fieldNames).filter { seen.insert($0).inserted }.sorted()
            candidates += ["desc", "asc", "or", "and", "today", "yesterday", "now"]
            candidates += state.variableNames.map { "$" + $0 }
            candidates += state.knownNames.map(Self.quotedIfNeeded)
        }
        // A quoted name ("Big Project") completes the word typed with or without its quote,
        // and sorts by its text.
        func bare(_ candidate: String) -> String {
            candidate.hasPrefix("\"") ? String(candidate.dropFirst().dropLast(candidate.hasSuffix("\"") ? 1 : 0)) : candidate
        }
        return Set(candidates.filter { bare($0).lowercased().hasPrefix(partial) }).sorted { bare($0) < bare($1) }
    }

    /// A name as it is typed in a statement: quoted (with `\\` and `"` escaped) when it holds
    /// white space or another character that ends a word.
    static func quotedIfNeeded(_ name: String) -> String {
        guard name.isEmpty || name.contains(where: { Lexer.delimiters.contains($0) || $0.isWhitespace || $0 == "\\" }) else {
            return name
        }
        var escaped = ""
        for character in name {
            if character == "\\" || character == "\"" || character == "$" { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"" + escaped + "\""
    }
}

extension Session {
    /// The kind of record the stage being typed works on, from the plan of the stages before
    /// it (a source stage works on its own kind): `space X | tickets | sort …` → ticket.
    /// nil when not known (then completion offers every kind's fields).
    static func flowingKind(before text: String) -> RecordKind? {
        let statement = text.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? text
        var pieces = statement.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let current = pieces.popLast() else { return nil }
        let head = current.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
        if CommandRegistry.command(named: head)?.topic == .source {
            return Planner.outputKind(ofCommand: head, input: nil)
        }
        let previous = pieces.joined(separator: "|")
        guard !previous.trimmingTrailingWhitespace.isEmpty,
              var parser = try? Parser(source: SourceFile(text: previous, name: nil), acceptsFilters: Session.acceptsFilters),
              let last = (try? parser.parseScript())?.statements.last else { return nil }
        return Planner(pushdown: true, defaultFormat: .table).plan(last.pipeline).steps.last?.outputKind
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
