import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Writes over the sandbox")
struct WriteTests {
    static func writes(_ h: SandboxHarness) async -> [String] {
        await h.requests().filter { $0.method != "GET" }.map { "\($0.method) \($0.path)" }
    }

    @Test("a single-record write is sent and reported")
    func singleWrite() async throws {
        try await SandboxHarness.with { h in
            await h.server.resetRequestLog()
            #expect(await h.output("space \"Big Project\" | ticket 301 | set status=Fixed assigned_to=mjones") == "updated 1 ticket\n")
            #expect(await WriteTests.writes(h).count == 1)
            await h.output("cache clear")
            #expect(await h.output("space \"Big Project\" | ticket 301 | select status assigned_to | csv") == "status,assigned_to\r\nFixed,Mary Jones\r\n")
            #expect(await h.output("space \"Big Project\" | ticket 301 | comment \"Deployed to staging\"") == "commented on ticket #301\n")
            #expect(await h.output("space \"Big Project\" | ticket 301 | set severity=Critical build=\"1.2.3\" priority=1") == "updated 1 ticket\n")
            await h.output("cache clear")
            #expect(await h.output("space \"Big Project\" | ticket 301 | select severity build priority | csv") == "severity,build,priority\r\nCritical,1.2.3,1\r\n")
            let unknown = await h.failure("space \"Big Project\" | ticket 301 | set colour=red")
            #expect(unknown?.rendered.contains("unknown field `colour`") == true)
            #expect(unknown?.rendered.contains("Severity") == true)
        }
    }

    @Test("a write over several records is refused without confirmation and sends nothing")
    func refusal() async throws {
        try await SandboxHarness.with { h in
            await h.server.resetRequestLog()
            let failure = await h.failure("space \"Big Project\" | tickets status=Test | set status=Fixed")
            #expect(failure?.exitCode == 1)
            #expect(failure?.rendered.contains("--yes") == true)
            #expect(failure?.rendered.contains("confirm off") == true)
            #expect(await WriteTests.writes(h).isEmpty)
            let delete = await h.failure("space \"Mobile App\" | delete")
            #expect(delete?.exitCode == 1)
            #expect(await WriteTests.writes(h).isEmpty)
        }
    }

    @Test("interactive: asks, and a no sends nothing")
    func declined() async throws {
        try await SandboxHarness.with(SessionOptions(interactive: true), answer: false) { h in
            await h.server.resetRequestLog()
            let failure = await h.failure("space \"Big Project\" | tickets status=Test | set status=Fixed")
            #expect(failure?.rendered.contains("cancelled") == true)
            #expect(h.collected.asked.count == 1)
            #expect(h.collected.asked.first?.hasPrefix("update") == true)
            #expect(h.collected.output.contains("  ticket #"), "the preview lists the tickets")
            #expect(await WriteTests.writes(h).isEmpty)
        }
    }

    @Test("interactive yes, --yes, or confirm off send the writes")
    func confirmed() async throws {
        try await SandboxHarness.with(SessionOptions(interactive: true), answer: true) { h in
            let count = await h.count("space \"Big Project\" | tickets status=Test | count")
            await h.server.resetRequestLog()
            #expect(await h.output("space \"Big Project\" | tickets status=Test | set status=Fixed").hasSuffix("updated \(count) tickets\n"))
            #expect(await WriteTests.writes(h).count == count)
            await h.output("cache clear")
            #expect(await h.count("space \"Big Project\" | tickets status=Test | count") == 0)
        }
        try await SandboxHarness.with(SessionOptions(assumeYes: true)) { h in
            #expect(await h.output("create space name=Scratch") == "created space \"Scratch\"\n")
            #expect(await h.output("space Scratch | delete") == "deleted space \"Scratch\"\n")
        }
        try await SandboxHarness.with { h in
            await h.output("confirm off")
            await h.server.resetRequestLog()
            #expect(await h.output("space \"Big Project\" | tickets priority=1 status=New | set priority=2").hasPrefix("updated"))
            #expect(await WriteTests.writes(h).isEmpty == false)
        }
    }

    @Test("creates report what they made; API errors surface with context")
    func createsAndErrors() async throws {
        try await SandboxHarness.with { h in
            let created = await h.output("space \"Big Project\" | create ticket summary=\"Login fails\" priority=2")
            #expect(created == "created ticket #401\n")
            #expect(await h.output("space \"Big Project\" | create milestone title=RC3") == "created milestone \"RC3\"\n")
            #expect(await h.output("space \"Big Project\" | milestone RC3 | complete") == "completed 1 milestone\n")
            #expect(await h.output("log hours=1.5 space=\"Big Project\" description=Review").hasPrefix("logged 1.5 h"))
            #expect(await h.output("log hours=1 space=\"Big Project\" description=Linked url=\"https://example.com/pr/12\"").hasPrefix("logged 1 h"))
            #expect(await h.output("tasks description~Linked | get url") == "https://example.com/pr/12\n")
            let badURL = await h.failure("log hours=1 space=\"Big Project\" description=Bad url=\"http://[::1\"")
            #expect(badURL?.rendered.contains("url must be a URL") == true)
            #expect(await h.output("space \"Big Project\" | add tool Time").hasPrefix("added tool Time"))
            let unknownUser = await h.failure("space \"Big Project\" | ticket 301 | set assigned_to=nobody")
            #expect(unknownUser?.rendered.contains("user \"nobody\" not found") == true)
            #expect(unknownUser?.rendered.hasPrefix("<command line>:1:52:") == true, "the caret points at the name: \(unknownUser?.rendered ?? "")")
            let unknownStatus = await h.failure("space \"Big Project\" | ticket 301 | set priority=2 status=Nope")
            #expect(unknownStatus?.rendered.contains("status \"Nope\" not found") == true)
            #expect(unknownStatus?.rendered.contains(":1:58:") == true, "\(unknownStatus?.rendered ?? "")")
            #expect(await h.output("space \"Big Project\" | ticket 301 | set status=test milestone=\"release candidate 2\"")
                    == "updated 1 ticket\n")
            #expect(await h.output("space \"Big Project\" | ticket 301 | get status_name") == "Test\n")
            #expect(await h.output("space \"Big Project\" | ticket 301 | get milestone") == "Release Candidate 2\n")
            let invalid = await h.failure("space \"Big Project\" | create ticket summary=\"\"")
            #expect(invalid?.exitCode == 1)
            #expect(invalid?.rendered.contains("422") == true)
            let missing = await h.failure("space \"Big Project\" | ticket 9999 | get status")
            #expect(missing?.exitCode == 1)
            #expect(missing?.rendered.contains("404") == true || missing?.rendered.contains("not found") == true)
        }
    }

    @Test("space writes: update, copy, tools, permissions, members, tasks")
    func spaceWrites() async throws {
        try await SandboxHarness.with(SessionOptions(assumeYes: true)) { h in
            #expect(await h.output("space \"Big Project\" | update description=\"Q3 work\"") == "updated 1 space\n")
            #expect(await h.output("space \"Big Project\" | get description") == "Q3 work\n")
            #expect(await h.output("space \"Big Project\" | copy name=\"Big Project 2\"") ==
                    "copied space \"Big Project\" to \"Big Project 2\"\n")
            #expect(await h.count("spaces | count") == 5)
            #expect(await h.output("spaces with_tool=Git | get name") == "Big Project\nBig Project 2\n")
            #expect(await h.output("space \"Big Project\" | tools repo | get menu_name") == "Git\n")
            #expect(await h.output("space \"Big Project\" | tool Tickets | set team_permissions=2") == "updated 1 tool\n")
            let badTool = await h.failure("space \"Big Project\" | tool Tickets | set colour=red")
            #expect(badTool?.rendered.contains("fields are: team_permissions, watcher_permissions, public_permissions") == true)
            let badSpace = await h.failure("space \"Big Project\" | update descripton=x")
            #expect(badSpace?.rendered.contains("did you mean `description`?") == true)
            #expect(await h.output("space \"Mobile App\" | add member mjones role=watcher").hasPrefix("added mjones"))
            #expect(await h.output("space \"Mobile App\" | members | where user=mjones | get role") == "watcher\n")
            #expect(await h.output("space \"Mobile App\" | remove member mjones") == "removed mjones from space \"Mobile App\"\n")
            #expect(await h.count("space \"Mobile App\" | members user=\"Mary Jones\" | count") == 0)
            await h.output("log hours=0.5 space=\"Mobile App\" description=\"throwaway test\"")
            #expect(await h.count("tasks description~throwaway | count") == 1)
            #expect(await h.output("tasks | where description~throwaway | delete").hasPrefix("deleted task "))
            #expect(await h.count("tasks description~throwaway | count") == 0)
        }
    }

    @Test("a watcher's write is refused by the API with 403, with context")
    func forbidden() async throws {
        try await SandboxHarness.with(key: "watcher-key", secret: "watcher-secret") { h in
            let failure = await h.failure("space \"Big Project\" | ticket 301 | set status=Fixed")
            #expect(failure?.exitCode == 1)
            #expect(failure?.rendered.contains("403") == true)
            #expect(failure?.rendered.contains("PUT /v1/spaces/") == true)
        }
    }
}
