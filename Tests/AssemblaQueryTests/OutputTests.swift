import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Output formats")
struct OutputTests {
    static let records = [
        Record(["number": .int(7), "summary": .string("Login, \"fails\""),
                "assigned_to": .user(UserName(login: "cdiaz", name: "Carla Díaz"))]),
        Record(["number": .int(12), "summary": .string("日本 | two\nlines"),
                "assigned_to": .null]),
    ]
    static let result = StatementResult.records(.row, records, columns: nil)

    @Test("table: display widths, numbers right-aligned")
    func table() {
        let text = OutputRenderer(format: .table).render(OutputTests.result)
        #expect(text == """
            number  summary           assigned_to
            ------  ----------------  -----------
                 7  Login, "fails"    Carla Díaz
                12  日本 | two lines

            """)
    }

    @Test("table truncates long cells only for a terminal, and bolds the header only with colour")
    func tableTerminal() {
        let long = [Record(["title": .string(String(repeating: "x", count: 100))])]
        let plain = OutputRenderer(format: .table).render(.records(.row, long, columns: nil))
        #expect(plain.contains(String(repeating: "x", count: 100)))
        let narrow = OutputRenderer(format: .table, color: true, terminalWidth: 40).render(.records(.row, long, columns: nil))
        #expect(narrow.contains(String(repeating: "x", count: 39) + "…"))
        #expect(narrow.hasPrefix("\u{1B}[1mtitle"))
    }

    @Test("csv quotes per RFC 4180")
    func csv() {
        #expect(OutputRenderer(format: .csv).render(OutputTests.result) ==
            "number,summary,assigned_to\r\n7,\"Login, \"\"fails\"\"\",Carla Díaz\r\n12,\"日本 | two\nlines\",\r\n")
    }

    @Test("tsv flattens tabs and line breaks")
    func tsv() {
        #expect(OutputRenderer(format: .tsv).render(OutputTests.result) ==
            "number\tsummary\tassigned_to\n7\tLogin, \"fails\"\tCarla Díaz\n12\t日本 | two lines\t\n")
    }

    @Test("markdown escapes pipes")
    func markdown() {
        #expect(OutputRenderer(format: .md).render(OutputTests.result) == """
            | number | summary | assigned_to |
            | --- | --- | --- |
            | 7 | Login, "fails" | Carla Díaz |
            | 12 | 日本 \\| two<br>lines |  |

            """)
    }

    @Test("json is valid, ordered, dates ISO-8601")
    func json() throws {
        let date = DateParsing.parse("2026-01-31T10:00:00Z")!
        let records = [Record(["b": .int(1), "a": .date(date, dayOnly: false),
                               "due": .date(date, dayOnly: true), "tags": .list([.string("UI")]),
                               "none": .null, "hours": .double(1.5)])]
        let text = OutputRenderer(format: .json).render(.records(.row, records, columns: nil))
        #expect(text == """
            [
              {
                "b": 1,
                "a": "2026-01-31T10:00:00Z",
                "due": "2026-01-31",
                "tags": [
                  "UI"
                ],
                "none": null,
                "hours": 1.5
              }
            ]

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Sendable]]
        #expect(parsed?.count == 1)
        #expect(JSONWriter.quote("a\"\\\n\u{01}") == "\"a\\\"\\\\\\n\\u0001\"")
    }

    @Test("scalars and values print bare", arguments: OutputFormat.allCases)
    func bare(_ format: OutputFormat) {
        #expect(OutputRenderer(format: format).render(.scalar(.int(42))) == "42\n")
        let values = OutputRenderer(format: format).render(.values([.string("Test"), .int(3)]))
        #expect(values == (format == .json ? "[\n  \"Test\",\n  3\n]\n" : "Test\n3\n"))
    }

    @Test("formats inferred from file extensions", arguments: [
        ("a.csv", OutputFormat.csv), ("a.TSV", .tsv), ("a.json", .json), ("a.md", .md), ("a.txt", .table),
    ])
    func inferred(_ path: String, _ format: OutputFormat) {
        #expect(OutputFormat.inferred(fromPath: path) == format)
    }

    @Test("display width counts wide and combining characters")
    func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("Díaz") == 4)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("ISO dates in UTC", arguments: [
        ("2026-01-31T10:00:00Z", "2026-01-31T10:00:00Z"), ("2024-02-29T23:59:59Z", "2024-02-29T23:59:59Z"),
        ("1969-12-31T23:00:00Z", "1969-12-31T23:00:00Z"), ("2000-03-01T00:00:00+02:00", "2000-02-29T22:00:00Z"),
    ])
    func isoDates(_ input: String, _ expected: String) throws {
        let date = try #require(DateParsing.parse(input))
        #expect(ValueFormatting.iso(date, dayOnly: false) == expected)
        #expect(ValueFormatting.iso(date, dayOnly: true) == String(expected.prefix(10)))
    }
}
