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
    ])
    func parses(_ text: String, _ expected: String) throws {
        #expect(ParserTests.shape(try ParserTests.parse(text)) == expected)
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
    func errors(_ marked: String, _ message: String) throws {
        let marker = marked.firstIndex(of: "‸")!
        let column = marked.distance(from: marked.startIndex, to: marker) + 1
        let text = marked.replacingOccurrences(of: "‸", with: "")
        let source = SourceFile(text: text, name: nil)
        do {
            _ = try ParserTests.parse(text)
            Issue.record("expected a parse error")
        } catch {
            #expect(error.message == message)
            #expect(error.phase == .parse)
            #expect(source.lineAndColumn(of: error.range.start).column == column)
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
    func checks(_ marked: String, _ message: String) throws {
        let marker = marked.firstIndex(of: "‸")!
        let column = marked.distance(from: marked.startIndex, to: marker) + 1
        let text = marked.replacingOccurrences(of: "‸", with: "")
        let source = SourceFile(text: text, name: nil)
        do {
            try Checker(state: Environment()).check(try ParserTests.parse(text))
            Issue.record("expected a check error")
        } catch {
            #expect(error.message == message)
            #expect(error.exitCode == 2)
            #expect(source.lineAndColumn(of: error.range.start).column == column)
        }
    }
}
