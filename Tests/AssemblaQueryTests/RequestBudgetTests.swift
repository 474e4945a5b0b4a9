import Assembla
import AssemblaSandbox
@testable import AssemblaQuery
import Testing

/// Issue 9's table: what each statement may cost, counted by the sandbox's request log on a
/// 600-ticket space (6 full pages of 100, then an empty one that ends the list). Pushdown is
/// on here whatever `ASSEMBLA_PUSHDOWN` says: these are its budgets.
@Suite("Request budgets")
struct RequestBudgetTests {
    static var sixHundred: SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.ticketCount = 600
        return configuration
    }

    /// The requests `source` makes in a fresh statement.
    private func requests(_ h: SandboxHarness, _ source: String) async -> [SandboxRequestRecord] {
        await h.server.resetRequestLog()
        await h.output(source)
        return await h.requests()
    }

    private func ticketLists(_ requests: [SandboxRequestRecord]) -> [SandboxRequestRecord] {
        requests.filter { $0.path.hasSuffix("/tickets") }
    }

    private func lookups(_ requests: [SandboxRequestRecord]) -> [SandboxRequestRecord] {
        requests.filter { $0.path.hasSuffix("/users") || $0.path.contains("/milestones") }
    }

    @Test("ticket 201 | get status_name: the spaces list and the ticket, nothing else")
    func ticketGet() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | ticket 201 | get status_name")
            #expect(sent.map(\.path).map { $0.hasSuffix("/tickets/201") ? "ticket" : $0 } == ["/v1/spaces", "ticket"])
        }
    }

    @Test("tickets | count: the spaces list and the pages, no users or milestones")
    func count() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | tickets | count")
            #expect(h.collected.output == "600\n")
            #expect(lookups(sent).isEmpty)
            #expect(ticketLists(sent).count == 7, "6 full pages and the empty one that ends the list")
            #expect(sent.count == 8)
        }
    }

    @Test("tickets | first 5: spaces, one page, and the first page of users and of milestones (ids to names need no page-2 probe)")
    func first() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let table = await requests(h, "space \"Big Project\" | tickets | first 5")
            #expect(ticketLists(table).count == 1)
            #expect(lookups(table).allSatisfy { $0.query["page"] == "1" }, "\(table.map(\.path))")
            #expect(table.count == 4, "spaces, one page, users and milestones (shown by the table): \(table.map(\.path))")
            let lazily = h.collected.output
            let again = await requests(h, "space \"Big Project\" | tickets | first 5")
            #expect(again.map(\.path).allSatisfy { $0.hasSuffix("/tickets") } && again.count == 1,
                    "the spaces list and the lookup pages read before are kept by the cache: \(again.map(\.path))")
            #expect(h.collected.output == lazily)
            await h.output("space \"Big Project\" | users | count")
            await h.output("space \"Big Project\" | milestones | count")
            #expect(await h.output("space \"Big Project\" | tickets | first 5") == lazily,
                    "names from the first lookup pages are those the whole lists give")
            let selected = await requests(h, "space \"Big Project\" | tickets | first 5 | select number summary status")
            #expect(selected.count == 1, "spaces cached by the statement before; one page")
            #expect(ticketLists(selected).count == 1)
        }
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let selected = await requests(h, "space \"Big Project\" | tickets | first 5 | select number summary status")
            #expect(selected.count == 2, "spaces and one page")
        }
    }

    @Test("tickets | sort updated_at desc | first 10: sorted by the server, one page, lookups by their first page")
    func sortedFirst() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "space \"Big Project\" | tickets | sort updated_at desc | first 10")
            #expect(sent.count == 4, "spaces, one page, users and milestones: \(sent.map(\.path))")
            let pages = ticketLists(sent)
            #expect(pages.count == 1)
            #expect(pages.first?.query["sort_by"] == "updated_at")
            #expect(pages.first?.query["sort_order"] == "desc")
        }
    }

    @Test("with the cache off a statement still reads each lookup page once; the next statement reads afresh")
    func oncePerStatementUncached() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            await h.output("cache off")
            // Every page is enriched (users read until its ids are found), then the unknown
            // name's warning reads the whole users list: it goes on from the pages read.
            let statement = "space \"Big Project\" | tickets assigned_to=Nobody | count"
            let sent = await requests(h, statement)
            #expect(h.collected.output.hasSuffix("0\n"))
            let users = sent.filter { $0.path.hasSuffix("/users") }
            #expect(users.map { $0.query["page"] } == ["1", "2"], "\(users.map(\.query))")
            #expect(sent.filter { $0.path == "/v1/spaces" }.count == 1)
            let again = await requests(h, statement)
            #expect(again.filter { $0.path.hasSuffix("/users") }.map { $0.query["page"] } == ["1", "2"], "the cache is off")
            #expect(again.filter { $0.path == "/v1/spaces" }.count == 1)
        }
    }

    @Test("stream since=-24h | count: the activity pages only")
    func stream() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let sent = await requests(h, "stream since=-24h | count")
            #expect(sent.count <= 3)
            #expect(sent.allSatisfy { $0.path == "/v1/activity" })
            #expect(sent.first?.query["from"] != nil)
        }
    }

    @Test("pushed filters: state as report, number as number[], milestone as its path")
    func pushedFilters() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let open = await requests(h, "space \"Big Project\" | tickets state=1 | count")
            #expect(ticketLists(open).allSatisfy { $0.query["report"] == "1" })
            let numbers = await requests(h, "space \"Big Project\" | tickets number=201 or number=5 | select number")
            #expect(ticketLists(numbers).count == 1)
            #expect(ticketLists(numbers).first?.query["number[]"] == "201,5")
            let milestone = await requests(h, "space \"Big Project\" | tickets milestone=\"Release Candidate 1\" | count")
            #expect(ticketLists(milestone).isEmpty)
            #expect(milestone.contains { $0.path.contains("/tickets/milestone/") })
            #expect(milestone.filter { $0.path.contains("/milestones") }.map { $0.query["page"] } == ["1", "2"],
                    "the title resolved once, from the whole list (page 2 proves it complete): \(milestone.map(\.path))")
        }
    }

    @Test("tasks after space and user send spaces[] and users[]; the answer is the one read whole")
    func tasksNarrowed() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true), sandbox: Self.sixHundred) { h in
            let statement = "space \"Big Project\" | user jsmith | tasks | count"
            let sent = await requests(h, statement)
            let tasks = sent.filter { $0.path == "/v1/tasks" }
            #expect(!tasks.isEmpty)
            #expect(tasks.allSatisfy { $0.query["spaces[]"] != nil && $0.query["users[]"] != nil })
            let pushed = h.collected.output
            #expect(pushed != "0\n", "jsmith logged time in Big Project")
            let client = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: h.server.baseURL)
            let plain = Session(client: client, options: SessionOptions(pushdown: false))
            let collected = SandboxHarness.Collected()
            plain.output = { collected.append($0) }
            _ = await plain.run(source: statement, origin: .commandLine)
            #expect(collected.output == pushed)
        }
    }
}
