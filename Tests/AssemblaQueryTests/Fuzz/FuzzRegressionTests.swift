import Foundation
import Testing
@testable import AssemblaQuery

/// Inputs the fuzzers found, kept as tests.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test("an escape followed by a combining mark (`\\r` + U+0748, one character to Swift) is the escape then the mark",
          arguments: ["\r\u{0748}x", "\n\u{0301}", "\"\u{0301}", "\\\u{0308}", "a\r\u{0748}\u{0748}b"])
    func escapeThenCombiningMark(text: String) throws {
        let source = "echo " + ASTPrinter.quoted(text)   // what the printer writes for the string
        let script = try LanguageFuzzTests.parse(source)
        guard case .literal(.string(let read))? = script.statements.first?.pipeline.stages.first?.arguments.first?.kind else {
            Issue.record("not a string: \(source.debugDescription)")
            return
        }
        #expect(read == text)
    }

    @Test("the libFuzzer input that found it: parses, prints and parses back the same")
    func libFuzzerInput() {
        let bytes: [UInt8] = Array("spacg Project\" | $tool Tickets | slog huRr".utf8) + [0xFF, 0xFF, 0x0D, 0xDD, 0x88, 0xF5]
            + Array("ttt$t-ttteam_permissios=2\nject\" | tooe \"Big Prospace \"Bc Project\" | tool Tickets |".utf8)
            + [0x1E, 0x00] + Array(" set team_permissios=2\n".utf8)
        LanguageFuzzTests.checkStatically(String(decoding: bytes, as: UTF8.self))
    }

    @Test("a word that starts with a combining mark is an unexpected character (it could not be written back after a space)")
    func wordStartingWithCombiningMark() {
        #expect(throws: Diagnostic.self) { try LanguageFuzzTests.parse("select\r\u{0748}Spa | tools") }
        let bytes: [UInt8] = [0x6C, 0x1E, 0x00, 0x6F, 0x67, 0x2D, 0x0D, 0xDD, 0x88] + Array("Spa me<select | tools\n".utf8)
        LanguageFuzzTests.checkStatically(String(decoding: bytes, as: UTF8.self))
    }

    @Test("a statement ending in a `\\` word is printed so that the next line is not a continuation of it")
    func backslashWordAtEndOfStatement() throws {
        let text = "echo \\   \nspaces | count"
        LanguageFuzzTests.checkStatically(text)
        #expect(try LanguageFuzzTests.parse(ASTPrinter.print(try LanguageFuzzTests.parse(text))).statements.count == 2)
    }

    @Test("a filter whose field starts with `#` stays glued to the argument before it (libFuzzer find)")
    func hashFieldAfterString() throws {
        let text = "frob ''#x>y"
        LanguageFuzzTests.checkStatically(text)
        #expect(ASTPrinter.print(try LanguageFuzzTests.parse(text)) == "frob \"\"#x>y")
    }

    @Test("a script with CRLF line ends: a comment line after a CRLF is a comment (libFuzzer find `\\r\\n#`)")
    func commentAfterCRLF() throws {
        LanguageFuzzTests.checkStatically("\r\n#")
        let script = try LanguageFuzzTests.parse("spaces | count\r\n# a comment\r\nspaces | first 1\r\n")
        #expect(script.statements.count == 2)
    }

    @Test("a word ending in a prepended mark (U+0602, one character with the space after it) is an unexpected character (libFuzzer find)",
          arguments: ["cace spaced\u{0602}\ns ch s", "x d\u{0602} y", "x\u{0602};y"])
    func prependedMarkBeforeDelimiter(text: String) {
        #expect(throws: Diagnostic.self) { try LanguageFuzzTests.parse(text) }
        LanguageFuzzTests.checkStatically(text)
    }

    @Test("a space followed by a combining mark (one character) inside a statement is an unexpected character, not a word starting with a space (libFuzzer find)")
    func spaceThenCombiningMark() {
        #expect(throws: Diagnostic.self) { try LanguageFuzzTests.parse("spaces | where name= \u{0612}x") }
        let bytes: [UInt8] = [0x3B, 0x23, 0x8D, 0x3B, 0x3B, 0x3B, 0x3B, 0x3B, 0x3B, 0x3B, 0x2D, 0xD8, 0x93, 0xEF, 0xBF, 0x3B, 0x3B, 0x3B, 0x3B, 0x3B, 0xAF, 0x42, 0x75, 0x22, 0x6A, 0x65, 0x63, 0x74, 0x22, 0x20, 0x7C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x20, 0xD8, 0x6E, 0x73, 0x61, 0x66, 0x65, 0x3B, 0x23, 0x8D, 0x3B, 0x3B, 0x3B, 0xAF, 0x42, 0x75, 0x22, 0x6A, 0x65, 0x63, 0x74, 0x22, 0x20, 0x7C, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x75, 0x73, 0x65, 0x72, 0x74, 0x00, 0x00, 0x00, 0x20, 0x75, 0x73, 0x65, 0x64, 0x73, 0x20, 0x74, 0x74, 0x6F, 0x6F, 0x65, 0x74, 0x20, 0x6F, 0x6F, 0x65, 0x74, 0x20, 0x65, 0x0A, 0x32, 0x30, 0x32, 0x36, 0x2D, 0x2D, 0x31, 0x2D, 0x1F, 0x00, 0x54, 0x20, 0xD8, 0x92, 0xEF, 0x20, 0x74, 0x72, 0x79, 0x20, 0xD8, 0x9A, 0xEF, 0x20, 0x74, 0x72, 0x79, 0x20]
        LanguageFuzzTests.checkStatically(String(decoding: bytes, as: UTF8.self))
    }

    @Test("a word may not start with any scalar that joins the space before it (ZWJ, an emoji modifier, a variation selector)",
          arguments: ["spaces | where name=\u{200D}x", "echo \u{1F3FB}a", "echo \u{FE0F}b"])
    func wordStartingWithExtender(text: String) {
        #expect(throws: Diagnostic.self) { try LanguageFuzzTests.parse(text) }
        LanguageFuzzTests.checkStatically(text)
    }

    @Test("a date before 1582 reads and prints back as itself: one (proleptic Gregorian) calendar for reading and printing (libFuzzer find: 1013-11-28 printed as 1013-12-04)",
          arguments: ["1013-11-28T22:35:07Z", "1013-11-28", "0001-01-01", "1582-10-10", "2024-02-29"])
    func oldDatesRoundTrip(text: String) throws {
        let date = try #require(DateParsing.parse(text))
        #expect(ValueFormatting.iso(date, dayOnly: text.count == 10) == text)
        LanguageFuzzTests.checkStatically("tickets updated_at>" + text)
    }

    @Test("days that do not exist are not dates", arguments: ["2026-02-29", "2026-02-30", "2026-04-31", "1900-02-29", "2026-13-01", "2026-11-28T24:00"])
    func impossibleDays(text: String) {
        #expect(DateParsing.parse(text) == nil)
    }

    @Test("a first statement whose command starts with `#` is printed glued to an empty statement, not as a comment (libFuzzer find)",
          arguments: [";#\u{1F}X\u{FFFD}\n", ";#x", ";#x | count"])
    func hashCommandFirst(text: String) throws {
        LanguageFuzzTests.checkStatically(text)
        #expect(try LanguageFuzzTests.parse(ASTPrinter.print(try LanguageFuzzTests.parse(text))).statements.count == 1)
    }

    @Test("a `let` command with a filter keeps the filter's parentheses, so it does not print as a binding (property-test find)",
          arguments: ["let ((hours=301)) | sum \"John Smith\" milestone<=today assigned_to<=1 | first 0 | min", "let (a=1)"])
    func letWithFilter(text: String) throws {
        LanguageFuzzTests.checkStatically(text)
        #expect(try LanguageFuzzTests.parse(ASTPrinter.print(try LanguageFuzzTests.parse(text))).statements.count == 1)
    }

    @Test("a second filter whose field starts with `#` stays glued to the filter before it (libFuzzer find)",
          arguments: ["e \"Big Project\"#ted_at> \"Big Project\"#ted_at>-7|tsv|md", "tickets a>\"b\"#c>1"])
    func hashSecondFilter(text: String) throws {
        LanguageFuzzTests.checkStatically(text)
    }
}
