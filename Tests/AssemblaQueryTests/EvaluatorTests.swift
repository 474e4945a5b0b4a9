import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Evaluator over the sandbox")
struct EvaluatorTests {
    @Test("the basic example prints the ticket's status")
    func basic() async throws {
        try await SandboxHarness.with { h in
            #expect(await h.output("space \"Big Project\" | ticket 201 | get status_name") == "Test\n")
            #expect(await h.output("space \"Big Project\" | ticket #201 | get status_name") == "Test\n")
        }
    }

    @Test("spaces list the four seeded spaces; an exact name beats a partial one")
    func spaces() async throws {
        try await SandboxHarness.with { h in
            #expect(await h.output("spaces | get name") == "Big Project\nWebsite Redesign\nMobile App\nBig Project Archive\n")
            #expect(await h.output("space \"Big Project\" | get wiki_name") == "big-project\n")
            #expect(await h.output("space big-project-archive | get name") == "Big Project Archive\n")
            let ambiguous = await h.failure("space big | tickets")
            #expect(ambiguous?.exitCode == 1)
            #expect(ambiguous?.rendered.contains("space \"big\" is ambiguous") == true)
            #expect(ambiguous?.rendered.contains("candidates: Big Project, Big Project Archive") == true)
            let missing = await h.failure("space \"Nope\" | tickets")
            #expect(missing?.rendered.contains("space \"Nope\" not found") == true)
            #expect(missing?.exitCode == 1)
        }
    }

    @Test("a user compares equal to the login or the full name")
    func userEquivalence() async throws {
        try await SandboxHarness.with { h in
            let byLogin = await h.count("space \"Big Project\" | tickets assigned_to=jsmith | count")
            let byName = await h.count("space \"Big Project\" | tickets assigned_to=\"John Smith\" | count")
            let byContext = await h.count("space \"Big Project\" | user \"John Smith\" | tickets | count")
            let lowercase = await h.count("space \"Big Project\" | tickets assigned_to=\"john smith\" | count")
            #expect(byLogin > 0)
            #expect(byLogin == byName)
            #expect(byLogin == byContext)
            #expect(byLogin == lowercase)
            let diaz = await h.count("space \"Big Project\" | tickets assigned_to=cdiaz | count")
            #expect(diaz > 0)
            #expect(await h.count("space \"Big Project\" | tickets assigned_to=\"carla díaz\" | count") == diaz)
            let authored = await h.count("stream | where author=jsmith | count")
            #expect(authored > 0)
            #expect(await h.count("stream | where author=\"John Smith\" | count") == authored)
            let test = await h.count("space \"Big Project\" | tickets assigned_to=\"John Smith\" priority=1 status=Test | count")
            #expect(test > 0)
            #expect(await test == h.count("space \"Big Project\" | user jsmith | tickets priority=1 status_name=test | count"))
        }
    }

    @Test("context flows: a milestone's tickets, then one assignee's")
    func milestoneContext() async throws {
        try await SandboxHarness.with { h in
            let milestones = await h.output("space \"Big Project\" | tickets | uniq milestone | get milestone")
            #expect(milestones.contains("Release Candidate 1"))
            let rc1 = await h.output("space \"Big Project\" | milestone \"Release Candidate 1\" | tickets | uniq milestone | get milestone")
            #expect(rc1 == "Release Candidate 1\n")
            let numbers = await h.output("space \"Big Project\" | milestone \"Release Candidate 1\" | tickets | get number")
            #expect(numbers.split(separator: "\n").contains("301"))
            #expect(await h.output("space \"Big Project\" | milestone \"Release Candidate 1\" | ticket 301 | get assigned_to") == "John Smith\n")
            let theirs = await h.output("space \"Big Project\" | milestone \"Release Candidate 1\" | user \"John Smith\" | tickets | uniq assigned_to | get assigned_to")
            #expect(theirs == "John Smith\n")
            #expect(await h.output("space \"Big Project\" | milestone \"Release Candidate 1\" | user \"John Smith\" | get login") == "jsmith\n")
        }
    }

    @Test("filters: comparisons, or, parentheses, contains")
    func filters() async throws {
        try await SandboxHarness.with { h in
            let all = await h.count("space \"Big Project\" | tickets | count")
            #expect(all == 400)
            let new = await h.count("space \"Big Project\" | tickets status=New | count")
            let accepted = await h.count("space \"Big Project\" | tickets status=accepted | count")
            #expect(new > 0 && accepted > 0)
            #expect(await h.count("space \"Big Project\" | tickets status=New or status=Accepted | count") == new + accepted)
            #expect(await h.count("space \"Big Project\" | tickets | where (status=New or status=Accepted) | count") == new + accepted)
            let notNew = await h.count("space \"Big Project\" | tickets status!=New | count")
            #expect(notNew == all - new)
            let high = await h.count("space \"Big Project\" | tickets priority<=2 | count")
            let low = await h.count("space \"Big Project\" | tickets priority>2 | count")
            #expect(high + low == all)
            #expect(await h.count("space \"Big Project\" | tickets number>=390 | count") == 11)
            #expect(await h.count("space \"Big Project\" | tickets status~review | count") ==
                    h.count("space \"Big Project\" | tickets status=\"Code Review\" | count"))
            let unassigned = await h.count("space \"Big Project\" | tickets assigned_to=null | count")
            #expect(unassigned > 0)
        }
    }

    @Test("sources after several spaces run across them")
    func acrossSpaces() async throws {
        try await SandboxHarness.with { h in
            var total = 0
            for name in ["Big Project", "Website Redesign", "Mobile App", "Big Project Archive"] {
                total += await h.count("space \"\(name)\" | tickets | count")
            }
            #expect(await h.count("spaces | tickets | count") == total)
            #expect(await h.count("tickets | count") == total)
            #expect(await h.count("spaces name~big | milestones | count") == 5)
            #expect(await h.output("spaces name~big | tickets | uniq space | get space") == "Big Project\nBig Project Archive\n")
            #expect(await h.count("spaces | users | count") == 6)
        }
    }

    @Test("cache on, off and clear, globally and per space")
    func cache() async throws {
        try await SandboxHarness.with { h in
            let statement = "space \"Big Project\" | milestones | count"
            await h.output(statement)
            await h.server.resetRequestLog()
            await h.output(statement)
            #expect(await h.requests().isEmpty, "answered from the cache")
            await h.output("space \"Big Project\" | cache clear")
            await h.server.resetRequestLog()
            await h.output(statement)
            #expect(await h.requests().filter { $0.path.contains("/milestones") && $0.query["page"] == "1" }.count == 1,
                    "refilled after clear")
            await h.output("cache off")
            await h.server.resetRequestLog()
            await h.output(statement)
            await h.output(statement)
            #expect(await h.requests().filter { $0.path.contains("/milestones") && $0.query["page"] == "1" }.count == 2,
                    "every read goes to the server")
            await h.output("cache on")
            await h.output(statement)
            await h.server.resetRequestLog()
            await h.output(statement)
            #expect(await h.requests().isEmpty, "cached again")
        }
    }

    @Test("dates and relative times")
    func dates() async throws {
        try await SandboxHarness.with { h in
            let all = await h.count("stream | count")
            let day = await h.count("stream since=-24h | count")
            #expect(day > 0)
            #expect(day < all)
            #expect(await h.count("stream | where date>=-24h | count") == day)
            #expect(await h.count("stream | where date>-1d | count") == day)
            #expect(await h.count("tasks | where begin_at>-31d | count") == h.count("tasks | count"))
            #expect(await h.count("tasks | where begin_at>now | count") == 0)
            #expect(await h.count("space \"Big Project\" | milestones due_date>today | count") == 2)
            #expect(await h.count("space \"Big Project\" | milestones due_date<2000-01-01 | count") == 0)
        }
    }

    @Test("group, aggregates, sort, first, last, select")
    func transforms() async throws {
        try await SandboxHarness.with { h in
            let total = try #require(Double(await h.output("tasks | sum hours").trimmingCharacters(in: .whitespacesAndNewlines)))
            let json = await h.output("tasks | group space | sum hours | json")
            let groups = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(groups.count >= 2)
            #expect(groups.allSatisfy { $0["space"] is String && $0["hours"] is NSNumber })
            let summed = groups.compactMap { ($0["hours"] as? NSNumber)?.doubleValue }.reduce(0, +)
            #expect(abs(summed - total) < 0.001)
            let statuses = await h.output("space \"Big Project\" | tickets | group status | sort count desc | csv")
            let lines = statuses.split(separator: "\r\n").map(String.init)
            #expect(lines.first == "status,count")
            let counts = lines.dropFirst().compactMap { Int($0.split(separator: ",").last ?? "") }
            #expect(counts == counts.sorted(by: >))
            #expect(counts.reduce(0, +) == 400)
            #expect(await h.output("space \"Big Project\" | tickets | sort number desc | first 3 | get number") == "400\n399\n398\n")
            #expect(await h.output("space \"Big Project\" | tickets | sort number | last 2 | get number") == "399\n400\n")
            #expect(await h.output("space \"Big Project\" | tickets | max number") == "400\n")
            #expect(await h.output("space \"Big Project\" | tickets | min number") == "1\n")
            #expect(await h.output("space \"Big Project\" | ticket 201 | select number status | csv") == "number,status\r\n201,Test\r\n")
            let avg = await h.output("space \"Big Project\" | tickets | avg priority")
            #expect((Double(avg.trimmingCharacters(in: .newlines)) ?? 0) > 1)
        }
    }

    @Test("comments of a ticket, with authors")
    func comments() async throws {
        try await SandboxHarness.with { h in
            let count = await h.count("space \"Big Project\" | ticket 301 | comments | count")
            #expect(count >= 2)
            let numbers = await h.output("space \"Big Project\" | ticket 301 | comments | uniq ticket_number | get ticket_number")
            #expect(numbers == "301\n")
        }
    }

    @Test("variables and script arguments")
    func variables() async throws {
        try await SandboxHarness.with(SessionOptions(arguments: ["Big Project", "201"])) { h in
            #expect(await h.output("let big = space \"Big Project\"\n$big | ticket 201 | get status") == "Test\n")
            #expect(await h.output("$big | tickets status=Test | count") == h.output("space \"Big Project\" | tickets status=Test | count"))
            #expect(await h.output("space $1 | ticket $2 | get status") == "Test\n")
            #expect(await h.output("let n = space $1 | tickets | count ; space $1 | tickets number=$n | get number") == "400\n")
            let missing = await h.failure("space $3 | tickets")
            #expect(missing?.rendered.contains("missing script argument `$3`") == true)
        }
    }

    @Test("fields, help and did-you-mean")
    func help() async throws {
        try await SandboxHarness.with { h in
            let fields = await h.output("fields tickets")
            #expect(fields.hasPrefix("id\nnumber\nsummary\n"))
            #expect(fields.contains("\nassigned_to\n"))
            #expect(await h.output("fields").hasPrefix("record kinds: spaces, milestones, tickets"))
            #expect(await h.output("space \"Big Project\" | ticket 201 | fields").contains("\nseverity\n"))
            let help = await h.output("help")
            for name in CommandRegistry.names { #expect(help.contains("  \(name) "), "help lists \(name)") }
            #expect(await h.output("help tickets").hasPrefix("usage: tickets [FIELD OP VALUE…]"))
            for topic in HelpTopic.allCases {
                #expect(await h.output("help \(topic.rawValue)").hasPrefix(topic.rawValue.capitalized + ":"))
            }
            let unknown = await h.failure("help filtres")
            #expect(unknown?.rendered.contains("did you mean `filters`?") == true)
            let typo = await h.failure("space \"Big Project\" | tikets", origin: .file("typo.asm"))
            #expect(typo?.exitCode == 2)
            #expect(typo?.rendered == """
                typo.asm:1:23: error: unknown command `tikets`
                  space "Big Project" | tikets
                                        ^~~~~~
                hint: did you mean `tickets`?
                """)
            let field = await h.failure("space \"Big Project\" | tickets | where stauts=Test")
            #expect(field?.exitCode == 2)
            #expect(field?.rendered.contains("unknown field `stauts`") == true)
            #expect(field?.rendered.contains("hint: did you mean `status`?; fields are: id, number, summary") == true)
        }
    }

    @Test("completion offers names seen in answers")
    func completionNames() async throws {
        try await SandboxHarness.with { h in
            await h.output("space \"Big Project\" | users | count")
            // Quoted as typed: the line editor's word starts at the open quote, so an unquoted
            // "Big Project" never completed `space "Big` in the terminal (REPLTests).
            #expect(h.session.completions(line: "space \"Big", cursor: 10) == ["\"Big Project\"", "\"Big Project Archive\""])
            #expect(h.session.completions(line: "user jsm", cursor: 8) == ["jsmith"])
        }
    }
}

@Suite("Fields after select")
struct SelectedFieldTests {
    @Test("after select only the selected fields exist")
    func projected() async throws {
        try await SandboxHarness.with { h in
            let failure = await h.failure("space \"Big Project\" | tickets | select number summary | where status=Test")
            #expect(failure?.rendered.contains("unknown field `status`") == true)
            #expect(failure?.rendered.contains("fields are: number, summary") == true)
        }
    }
}

@Suite("Every source in every format")
struct SourceFormatTests {
    static let sources = [
        "spaces", "space \"Big Project\" | milestones", "space \"Big Project\" | tickets", "space \"Big Project\" | users",
        "me", "tasks", "stream", "space \"Big Project\" | ticket 301 | comments", "space \"Big Project\" | tags",
        "space \"Big Project\" | statuses", "space \"Big Project\" | tools", "space \"Big Project\" | members",
        "space \"Big Project\" | custom_fields", "space \"Big Project\" | tickets | group status",
    ]

    @Test("json parses, csv and tsv have one line per record, md and table one row per record", arguments: sources)
    func formats(_ source: String) async throws {
        try await SandboxHarness.with { h in
            let json = await h.output(source + " | json")
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            let count = parsed.count
            #expect(count > 0)
            if !source.contains("group") { #expect(await h.count(source + " | count") == count) }
            let csv = await h.output(source + " | csv")
            #expect(csv.hasSuffix("\r\n"))
            let tsv = await h.output(source + " | tsv")
            #expect(tsv.split(separator: "\n", omittingEmptySubsequences: false).count == count + 2)
            let md = await h.output(source + " | md")
            #expect(md.split(separator: "\n").count == count + 2)
            let table = await h.output(source + " | table")
            #expect(table.split(separator: "\n").count == count + 2)
        }
    }
}
