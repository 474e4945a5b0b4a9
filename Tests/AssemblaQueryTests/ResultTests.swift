import Foundation
@testable import AssemblaQuery
import Testing

/// Issue 7 §3 (tags), §4 (typos that match nothing) and §6 (empty results and keys).
@Suite("Answers that exist, typos, empty results")
struct ResultTests {
    static let big = "space \"Big Project\" | tickets"

    @Test("ticket N | tags is that ticket's tags (GET …/tickets/N/tags), not the space's")
    func ticketTags() async throws {
        try await SandboxHarness.with { h in
            let spaceTags = await h.output("space \"Big Project\" | tags | get name")
            #expect(spaceTags == "Core\nUI\nBackend\nIdea\n")
            let number = await h.output("\(Self.big) tags~backend | first | get number").trimmingCharacters(in: .newlines)
            await h.server.resetRequestLog()
            let tags = await h.output("space \"Big Project\" | ticket \(number) | tags | get name")
            #expect(tags.split(separator: "\n").contains("Backend"))
            #expect(tags != spaceTags)
            #expect(await h.requests().contains { $0.path.hasSuffix("/tickets/\(number)/tags") })
            let field = await h.output("space \"Big Project\" | ticket \(number) | get tags")
            #expect(field.contains("Backend"))
        }
    }

    @Test("tickets have a tags field: filter, show; without it named, no tag requests")
    func tagsField() async throws {
        try await SandboxHarness.with { h in
            let total = await h.count("\(Self.big) | count")
            let backend = await h.count("\(Self.big) tags~backend | count")
            #expect(backend > 0 && backend < total)
            let numbers = await h.output("\(Self.big) tags~backend | first 3 | get number").split(separator: "\n")
            for number in numbers {
                #expect(await h.output("space \"Big Project\" | ticket \(number) | tags | get name").contains("Backend"))
            }
            let untagged = await h.count("\(Self.big) tags=null | count")
            #expect(untagged > 0 && untagged < total)
            let shown = await h.output("\(Self.big) tags~backend | first | select number tags")
            #expect(shown.contains("Backend"))
            await h.server.resetRequestLog()
            await h.output("\(Self.big) | count")
            #expect(await !h.requests().contains { $0.path.contains("/tags") })
        }
    }

    @Test("a filter name that matches nothing warns with did-you-mean on stderr; exit 0, result printed", arguments: [
        ("status=Tset", "no status is named \"Tset\"; did you mean `Test`?"),
        ("assigned_to=nobody", "no user is named \"nobody\""),
        ("milestone=\"Relase Candidate 1\"", "no milestone is named \"Relase Candidate 1\"; did you mean `Release Candidate 1`?"),
        ("assigned_to=jsmiht", "did you mean `jsmith`?"),
    ])
    func typoWarnings(_ filter: String, _ warning: String) async throws {
        try await SandboxHarness.with { h in
            let (result, output) = await h.run("\(Self.big) \(filter) | count")
            #expect(result == .ok)
            #expect(output == "0\n")
            #expect(h.errors.hasPrefix("warning: ") && h.errors.contains(warning), "\(h.errors)")
        }
    }

    @Test("a tool name that matches nothing warns too; an installed one does not")
    func toolWarning() async throws {
        try await SandboxHarness.with { h in
            let (result, output) = await h.run("space \"Big Project\" | tools menu_name=Tikets | count")
            #expect(result == .ok && output == "0\n")
            #expect(h.errors.contains("warning: no tool is named \"Tikets\"; did you mean `Tickets`?"), "\(h.errors)")
            _ = await h.run("space \"Big Project\" | tools menu_name=Time | count")
            #expect(h.errors.isEmpty, "Time is a tool, only not installed: \(h.errors)")
        }
    }

    @Test("names that exist give no warning, even when nothing matches the whole filter")
    func noFalseWarnings() async throws {
        try await SandboxHarness.with { h in
            _ = await h.run("\(Self.big) status=test assigned_to=\"John Smith\" milestone=Backlog | count")
            #expect(h.errors.isEmpty, "\(h.errors)")
            _ = await h.run("\(Self.big) status=Invalid priority=1 summary=zzz | count")
            #expect(h.errors.isEmpty, "\(h.errors)")
        }
    }

    @Test("me is a value: assigned_to=me is assigned_to=alice")
    func meValue() async throws {
        try await SandboxHarness.with { h in
            let alice = await h.count("\(Self.big) assigned_to=alice | count")
            #expect(alice > 0)
            #expect(await h.count("\(Self.big) assigned_to=me | count") == alice)
            #expect(await h.count("\(Self.big) | where assigned_to!=me | count") == (await h.count("\(Self.big) assigned_to!=alice | count")))
        }
    }

    @Test("CSV and TSV of no rows still print the header: the kind's fields, or the selected ones")
    func emptyHeaders() async throws {
        try await SandboxHarness.with { h in
            let full = await h.output("\(Self.big) | first | csv").split(separator: "\r\n").first.map(String.init)
            let empty = await h.output("\(Self.big) summary=zzz-none | csv")
            #expect(full?.hasPrefix("id,number,summary") == true)
            #expect(empty.hasPrefix("id,number,summary,description,priority"), "\(empty)")
            #expect(full?.hasPrefix(empty.trimmingCharacters(in: .newlines)) == true)
            #expect(await h.output("\(Self.big) summary=zzz-none | select number summary | tsv") == "number\tsummary\n")
            #expect(await h.output("\(Self.big) summary=zzz-none | json") == "[]\n")
        }
    }

    @Test("(no results) goes to stderr, never into a file or the output")
    func noResultsNotice() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await SandboxHarness.with { h in
            let (_, output) = await h.run("\(Self.big) summary=zzz-none")
            #expect(output.isEmpty)
            #expect(h.errors == "(no results)\n")
            _ = await h.run("\(Self.big) summary=zzz-none > \(file)")
            #expect(FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } == "")
            #expect(h.errors == "(no results)\n")
        }
    }

    @Test("group by an empty key shows (none) in tables; JSON keeps null")
    func emptyGroupKey() async throws {
        try await SandboxHarness.with { h in
            let table = await h.output("\(Self.big) | group assigned_to")
            #expect(table.split(separator: "\n").contains { $0.hasPrefix("(none)") }, "\(table)")
            let json = await h.output("\(Self.big) | group assigned_to | json")
            #expect(json.contains("\"assigned_to\":null") || json.contains("\"assigned_to\": null"), "\(json)")
            #expect(!json.contains("(none)"))
            let md = await h.output("\(Self.big) | group milestone | sum priority | md")
            #expect(md.contains("| (none) |"), "\(md)")
        }
    }
}
