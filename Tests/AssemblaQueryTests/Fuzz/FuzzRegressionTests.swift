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
}
