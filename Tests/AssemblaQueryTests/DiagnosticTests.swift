@testable import AssemblaQuery
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("renders file:line:col, the source line, a caret under the range and a hint")
    func rendersCaret() {
        let source = SourceFile(text: "spaces\ntickets | srot priority\n", name: "report.asm")
        let diagnostic = Diagnostic.unknownCommand("srot", at: SourceRange(17, 21), candidates: CommandRegistry.names)
        #expect(DiagnosticFormatter(source: source).render(diagnostic) == """
            report.asm:2:11: error: unknown command `srot`
              tickets | srot priority
                        ^~~~
            hint: did you mean `sort`?
            """)
    }

    @Test("the REPL form gives the column only")
    func replColumn() {
        let source = SourceFile(text: "tickets | srot", name: nil)
        let text = DiagnosticFormatter(source: source).render(.unknownCommand("srot", at: SourceRange(10, 14), candidates: ["sort"]))
        #expect(text.hasPrefix("column 11: error: unknown command `srot`\n"))
    }

    @Test("the caret accounts for wide characters before it")
    func wideCharacters() {
        let source = SourceFile(text: "user \"日本\" | srot", name: nil)
        let text = DiagnosticFormatter(source: source).render(.unknownCommand("srot", at: SourceRange(12, 16), candidates: ["sort"]))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "  " + String(repeating: " ", count: 14) + "^~~~")
    }

    @Test("did you mean picks the nearest name", arguments: [
        ("tikets", "tickets"), ("srot", "sort"), ("mileston", "milestone"), ("stauts", "status"),
    ])
    func didYouMean(_ typed: String, _ expected: String) {
        let names = CommandRegistry.names + ["status", "Tickets"]
        #expect(Diagnostic.didYouMean(typed, names) == "did you mean `\(expected)`?")
    }

    @Test("no suggestion when nothing is close")
    func noSuggestion() {
        #expect(Diagnostic.didYouMean("xyzzy", CommandRegistry.names) == nil)
    }
}
