@testable import AssemblaQuery
import Testing

@Suite("Parser")
struct ParserTests {
    static func parse(_ text: String) throws(Diagnostic) -> Script {
        var parser = try Parser(source: SourceFile(text: text, name: nil), acceptsFilters: Session.acceptsFilters)
        return try parser.parseScript()
    }

    /// A compact rendering of the parse tree, so tables read like the source.
    static func shape(_ script: Script) -> String {
        script.statements.map { statement in
            var text = ""
            if case .binding(let name, _, _) = statement.kind { text += "let \(name) = " }
            text += statement.pipeline.stages.map(stageShape).joined(separator: " | ")
            if let redirect = statement.redirect { text += (redirect.append ? " >> " : " > ") + redirect.path }
            return text
        }.joined(separator: " ; ")
    }

    static func stageShape(_ stage: Stage) -> String {
        var parts: [String] = []
        switch stage.head {
        case .command(let name): parts.append(name)
        case .variable(let name): parts.append("$" + name)
        }
        parts += stage.arguments.map { expressionShape($0) }
        if let condition = stage.condition { parts.append(conditionShape(condition)) }
        return parts.joined(separator: " ")
    }

    static func expressionShape(_ expression: Expression) -> String {
        switch expression.kind {
        case .word(let text): return text
        case .literal(let value):
            if case .string(let text) = value { return "\"\(text)\"" }
            if case .date(_, let dayOnly) = value { return dayOnly ? "<day>" : "<date>" }
            return value.plainText
        case .variable(let name): return "$" + name
        case .time(let time): return "<\(time)>"
        case .template(let template): return "\"" + template.written + "\""
        }
    }

    static func conditionShape(_ condition: Condition) -> String {
        switch condition {
        case .comparison(let c): return c.field + c.op.rawValue + expressionShape(c.value)
        case .and(let parts): return "(" + parts.map(conditionShape).joined(separator: " and ") + ")"
        case .or(let parts): return "(" + parts.map(conditionShape).joined(separator: " or ") + ")"
        }
    }

    @Test("parses", arguments: [
        ("spaces", "spaces"),
        ("space \"Big Project\" | ticket 201 | get status_name", "space \"Big Project\" | ticket 201 | get status_name"),
        ("tickets status=Test priority<3", "tickets (status=Test and priority<3)"),
        ("tickets status=Test and priority<3", "tickets (status=Test and priority<3)"),
        ("tickets status=New or status=Test", "tickets (status=New or status=Test)"),
        ("tickets (status=New or status=Test) priority=1", "tickets ((status=New or status=Test) and priority=1)"),
        ("tickets priority > 2", "tickets priority>2"),
        ("tickets status=Test > out.csv", "tickets status=Test > out.csv"),
        ("select date author > out.csv", "select date author > out.csv"),
        ("spaces >> \"my file.txt\"", "spaces >> my file.txt"),
        ("sort priority desc number", "sort priority desc number"),
        ("let big = space \"Big Project\"", "let big = space \"Big Project\""),
        ("$big | tickets | count", "$big | tickets | count"),
        ("stream since=-24h until=now", "stream (since=<offset(-86400.0)> and until=<now>)"),
        ("tasks | where begin_at>2026-01-31", "tasks | where begin_at><day>"),
        ("where updated_at>=2026-01-31T10:00 is_story=false", "where (updated_at>=<date> and is_story=false)"),
        ("add member jsmith role=member", "add member jsmith role=member"),
        ("a ; b\n\nc", "a ; b ; c"),
        ("spaces |\n  tickets |\n  count", "spaces | tickets | count"),
        ("space $1 | tickets number=$2", "space $1 | tickets number=$2"),
        ("cache off ; cache clear ; cache on", "cache off ; cache clear ; cache on"),
        ("# only a comment\nspaces # trailing", "spaces"),
        ("spaces \\\n | count", "spaces | count"),
        ("tickets (a=1 or (b=2 c=3)) d~x", "tickets ((a=1 or (b=2 and c=3)) and d~x)"),
        ("tickets (status=New\n or status=Test)", "tickets (status=New or status=Test)"),
        ("where summary!~\"a|b\" x!=null", "where (summary!~\"a|b\" and x!=)"),
        ("ticket #301", "ticket #301"),
        ("tickets | json > ~/x.json", "tickets | json > HOME/x.json"),
    ])
    func parses(_ text: String, _ expected: String) throws {
        let home = FileManagerHome.path
        #expect(ParserTests.shape(try ParserTests.parse(text)).replacingOccurrences(of: home, with: "HOME") == expected)
    }

    /// `‸` marks where the error's caret must point.
    @Test("reports parse errors at the marked column", arguments: [
        ("tickets | ‸| count", "empty stage: expected a command after `|`"),
        ("tickets status=‸| count", "expected a value after `=`, found `|`"),
        ("‸| count", "expected a command, found `|`"),
        ("tickets (status=Test‸", "expected `)`, found end of input"),
        ("tickets status=Test ‸extra", "expected a filter `field OP value` after a filter"),
        ("tickets date=‸2026-02-30", "invalid date `2026-02-30`"),
        ("spaces > ‸| count", "expected a file name, found `|`"),
        ("spaces ‸)", "expected a filter before `)`, found `)`"),
    ])
    func errors(_ marked: String, _ message: String) {
        ParserTests.expectDiagnostic(marked, message, phase: .parse) { text throws(Diagnostic) in
            _ = try ParserTests.parse(text)
        }
    }

    /// Runs `body` on the text without its `‸` marker and expects a diagnostic with `message`
    /// whose range starts at the marker.
    static func expectDiagnostic(_ marked: String, _ message: String, phase: Diagnostic.Phase,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation,
                                 _ body: (String) throws(Diagnostic) -> Void) {
        let marker = marked.firstIndex(of: "‸")!
        let column = marked.distance(from: marked.startIndex, to: marker) + 1
        let text = marked.replacingOccurrences(of: "‸", with: "")
        do {
            try body(text)
            Issue.record("expected a diagnostic", sourceLocation: sourceLocation)
        } catch {
            #expect(error.message == message, sourceLocation: sourceLocation)
            #expect(error.phase == phase, sourceLocation: sourceLocation)
            let found = SourceFile(text: text, name: nil).lineAndColumn(of: error.range.start).column
            #expect(found == column, sourceLocation: sourceLocation)
        }
    }

    @Test("the checker rejects before anything runs", arguments: [
        ("spaces | ‸srot name", "unknown command `srot`"),
        ("spaces | json | ‸count", "`count` cannot follow `json`"),
        ("tickets | ‸sort", "`sort` needs an argument"),
        ("me ‸extra", "too many arguments for `me`"),
        ("spaces | count ‸a=1", "`count` takes no filters"),
        ("‸$nope | count", "undefined variable `$nope`"),
        ("spaces | ‸$x", "a `$variable` can only start a pipeline"),
        ("let x = spaces ‸> f.csv", "`let` prints nothing, so there is nothing to redirect"),
        ("spaces ‸>> f.json", "cannot append JSON: two JSON documents in one file are not valid JSON"),
        ("spaces | json ‸>> f.txt", "cannot append JSON: two JSON documents in one file are not valid JSON"),
    ])
    func checks(_ marked: String, _ message: String) {
        ParserTests.expectDiagnostic(marked, message, phase: .usage) { text throws(Diagnostic) in
            try Checker(state: Environment()).check(try ParserTests.parse(text))
        }
    }
}

@Suite("Help catalogue")
struct HelpCatalogueTests {
    @Test("every command has a summary, usage and examples that parse and check", arguments: CommandRegistry.names)
    func examplesParse(_ name: String) throws {
        let command = try #require(CommandRegistry.command(named: name))
        #expect(!command.summary.isEmpty)
        #expect(command.usage.contains(name))
        #expect(!command.examples.isEmpty)
        let environment = Environment()
        environment.bind("big", PipelineValue())  // `help let` shows `$big | …` after `let big = …`
        for example in command.examples {
            try Checker(state: environment).check(try ParserTests.parse(example))
        }
        #expect(command.examples.contains { $0.contains(name) }, "an example of \(name) uses it")
    }

    @Test("command names are unique")
    func unique() {
        #expect(Set(CommandRegistry.names).count == CommandRegistry.names.count)
    }
}
