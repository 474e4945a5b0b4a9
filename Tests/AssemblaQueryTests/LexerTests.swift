@testable import AssemblaQuery
import Testing

@Suite("Lexer")
struct LexerTests {
    static func kinds(_ text: String) throws -> [TokenKind] {
        var lexer = Lexer(source: SourceFile(text: text, name: nil))
        return try lexer.tokenize().map(\.kind).filter { $0 != .endOfFile }
    }

    @Test("tokenizes", arguments: [
        ("tickets | count", [TokenKind.word("tickets"), .pipe, .word("count")]),
        ("status=Test", [.word("status"), .comparison(.equal), .word("Test")]),
        ("priority<=2 x!=y a~b c!~d e>=1 f<2 g>3", [
            .word("priority"), .comparison(.lessOrEqual), .number("2"), .word("x"), .comparison(.notEqual), .word("y"),
            .word("a"), .comparison(.contains), .word("b"), .word("c"), .comparison(.notContains), .word("d"),
            .word("e"), .comparison(.greaterOrEqual), .number("1"), .word("f"), .comparison(.less), .number("2"),
            .word("g"), .comparison(.greater), .number("3"),
        ]),
        ("space \"Big Project\"", [.word("space"), .string("Big Project")]),
        ("'it''s'", [.string("it"), .string("s")]),
        ("\"a\\\"b\\n\"", [.string("a\"b\n")]),
        ("hours=1.5 n=-2", [.word("hours"), .comparison(.equal), .number("1.5"), .word("n"), .comparison(.equal), .number("-2")]),
        ("2026-01-31 2026-01-31T10:00 2026-01-31T10:00:05Z", [.date("2026-01-31"), .date("2026-01-31T10:00"), .date("2026-01-31T10:00:05Z")]),
        ("-7d -24h -30m +2w", [.relativeTime(-7, "d"), .relativeTime(-24, "h"), .relativeTime(-30, "m"), .relativeTime(2, "w")]),
        ("$big $1", [.variable("big"), .variable("1")]),
        ("a ; b\nc", [.word("a"), .semicolon, .word("b"), .newline, .word("c")]),
        ("spaces # my spaces | count", [.word("spaces")]),
        ("ticket #301 # the login bug", [.word("ticket"), .word("#301")]),
        ("x > out.csv >> log.txt", [.word("x"), .comparison(.greater), .word("out.csv"), .appendRedirect, .word("log.txt")]),
        ("(a=1 or b=2)", [.leftParen, .word("a"), .comparison(.equal), .number("1"), .word("or"), .word("b"), .comparison(.equal), .number("2"), .rightParen]),
        ("space big-project", [.word("space"), .word("big-project")]),
        ("select number, summary,status", [.word("select"), .word("number"), .word("summary"), .word("status")]),
        ("x=\"a,b\"", [.word("x"), .comparison(.equal), .string("a,b")]),
        ("user \"Carla Díaz\"", [.word("user"), .string("Carla Díaz")]),
    ])
    func tokenizes(_ text: String, _ expected: [TokenKind]) throws {
        #expect(try LexerTests.kinds(text) == expected)
    }

    @Test("reports lexical errors at their position", arguments: [
        ("space \"Big", "unterminated string", 7),
        ("tickets & x", "unexpected character `&`", 9),
        ("a=\"x\\q\"", "invalid escape `\\q` in string", 5),
        ("$ x", "expected a variable name after `$`", 1),
    ])
    func errors(_ text: String, _ message: String, _ column: Int) {
        let source = SourceFile(text: text, name: nil)
        var lexer = Lexer(source: source)
        do {
            _ = try lexer.tokenize()
            Issue.record("expected a lexical error")
        } catch {
            #expect(error.message == message)
            #expect(source.lineAndColumn(of: error.range.start).column == column)
        }
    }
}
