import AssemblaSandbox
@testable import AssemblaQuery
import Testing

/// `explain STATEMENT` prints the plan the evaluator would run (the same value), and sends nothing.
@Suite("explain")
struct ExplainTests {
    static let cases: [(statement: String, pushdown: Bool, golden: String)] = [
        ("space \"Big Project\" | tickets | sort updated_at desc | first 10", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets?report=0&sort_by=updated_at&sort_order=desc&page=1&per_page=100
            pages    one at a time, until 10 records passed (and every tie of the sort key)
            server   sort updated_at desc
            local    none
            lookups  milestones (until ids found), users (until ids found); started with the first page
        3 sort updated_at desc
            local    runs on the records read before
        4 first 10
            local    runs on the records read before
        output table

        """),
        ("space \"Big Project\" | tickets | count", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets?report=0&page=1&per_page=100
            pages    all, read ahead in batches of up to 6; counted as they arrive, none kept
            server   nothing (every ticket)
            local    none
            lookups  none
        3 count
            local    folded into the source: counted as pages arrive, no record kept
        output a number

        """),
        ("space \"Big Project\" | tickets state=1 priority<3 | first 5 | select number summary", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets state=1 priority<3
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets?report=1&page=1&per_page=100
            pages    one at a time, until 5 records passed
            server   state=1
            local    filters state=1 priority<3
            lookups  none
        3 first 5
            local    runs on the records read before
        4 select number summary
            local    runs on the records read before
        output table

        """),
        ("space \"Big Project\" | tickets number=201 or number=5", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets number=201 or number=5
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets?report=0&number[]=201&number[]=5&page=1&per_page=100
            pages    all, read ahead in batches of up to 6
            server   number=201 or number=5
            local    filters number=201 or number=5
            lookups  milestones (until ids found), users (until ids found); started with the first page
        output table

        """),
        ("space \"Big Project\" | tickets milestone=\"Release Candidate 1\" | json", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets milestone="Release Candidate 1"
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets/milestone/:milestone?page=1&per_page=100
            pages    all, read ahead in batches of up to 6
            server   milestone="Release Candidate 1"
            local    filters milestone="Release Candidate 1"
            lookups  milestones (whole list: a name to resolve), users (until ids found); started with the first page
        3 json
            local    runs on the records read before
        output json

        """),
        ("space \"Big Project\" | ticket 201 | get status_name", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 ticket 201
            source   one ticket by number
            request  GET /v1/spaces/:space/tickets/201
            lookups  none
        3 get status_name
            local    runs on the records read before
        output table

        """),
        ("stream since=-24h | count", true, """
        1 stream since=-24h
            source   activity events
            request  GET /v1/activity?from={-24h}
            pages    all
            server   time window from={-24h}
            lookups  none
        2 count
            local    runs on the records read before
        output table

        """),
        ("tasks since=-7d until=today | sum hours", true, """
        1 tasks since=-7d until=today
            source   time entries
            request  GET /v1/tasks?from={-7d}&to={today}
            pages    all
            server   time window from={-7d} to={today}
            lookups  none
        2 sum hours
            local    runs on the records read before
        output table

        """),
        ("space \"Big Project\" | milestone \"Beta\" | tickets | count", true, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 milestone "Beta"
            source   milestones (one list per space in scope, cached)
            lookups  spaces; started with the first page
        3 tickets
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets/milestone/:milestone?page=1&per_page=100
            pages    all, read ahead in batches of up to 6; counted as they arrive, none kept
            server   nothing (every ticket)
            local    none
            lookups  none
        4 count
            local    folded into the source: counted as pages arrive, no record kept
        output a number

        """),
        ("spaces | milestones", true, """
        1 spaces
            source   the spaces list
            request  GET /v1/spaces
            cache    spaces: not held
        2 milestones
            source   milestones (one list per space in scope, cached)
            lookups  spaces; started with the first page
        output table

        """),
        ("space \"Big Project\" | tickets state=1 | sort updated_at desc | first 10", false, """
        1 space "Big Project"
            source   the spaces list, then one picked by name
            request  GET /v1/spaces
            cache    spaces: not held
        2 tickets state=1
            source   tickets of each space in scope
            request  GET /v1/spaces/:space/tickets?report=0&page=1&per_page=100
            pages    all, read ahead in batches of up to 6
            server   nothing (every ticket)
            local    filters state=1
            lookups  milestones (until ids found), users (until ids found); started with the first page
        3 sort updated_at desc
            local    runs on the records read before
        4 first 10
            local    runs on the records read before
        pushdown off: every list is read whole and filtered locally
        output table

        """),
    ]

    @Test("explain prints the golden plan and sends no request", arguments: cases)
    func golden(_ example: (statement: String, pushdown: Bool, golden: String)) async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: example.pushdown)) { h in
            let printed = await h.output("explain " + example.statement)
            #expect(printed == example.golden)
            #expect(await h.requests().isEmpty, "explain sends nothing")
        }
    }

    @Test("once the spaces list is cached, explain names the space's id and what the cache holds")
    func cached() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true)) { h in
            await h.output("space \"Big Project\" | tickets | first 1")
            await h.server.resetRequestLog()
            let printed = await h.output("explain space \"Big Project\" | tickets | first 5")
            #expect(printed.contains("cache    spaces: held, no request"))
            #expect(printed.contains("tickets of \"Big Project\": not held"))
            #expect(!printed.contains(":space"))
            await h.output("space \"Big Project\" | tickets")
            #expect(await h.output("explain space \"Big Project\" | tickets | first 5").contains("tickets of \"Big Project\": held, no request"))
            #expect(await h.requests().filter { $0.path.hasSuffix("/tickets") }.count > 0, "only the statement that ran read tickets")
        }
    }

    @Test("help explain documents it; a bare explain is a usage error")
    func help() async throws {
        try await SandboxHarness.with { h in
            #expect(await h.output("help explain").contains("usage: explain STATEMENT"))
            let failure = await h.failure("explain")
            #expect(failure?.exitCode == 2)
        }
    }
}
