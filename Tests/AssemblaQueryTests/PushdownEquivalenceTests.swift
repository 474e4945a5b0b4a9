import Assembla
import AssemblaSandbox
@testable import AssemblaQuery
import Testing

/// Rule 1 of the planner: pushdown never changes an answer. Each statement runs in a session
/// with pushdown on and in one with it off, against the same sandbox; the outputs must be
/// identical. (`ASSEMBLA_PUSHDOWN=off swift test` runs the whole suite without pushdown.)
@Suite("Pushdown on and off give identical answers")
struct PushdownEquivalenceTests {
    static let statements = [
        "space \"Big Project\" | tickets | count",
        "space \"Big Project\" | tickets state=1 | count",
        "space \"Big Project\" | tickets state=0 | select number status state",
        "space \"Big Project\" | tickets number=201 | select number status",
        "space \"Big Project\" | tickets number=201 or number=5 | select number status",
        "space \"Big Project\" | tickets number=99999 | count",
        "space \"Big Project\" | tickets milestone=\"Release Candidate 1\" | count",
        "space \"Big Project\" | tickets milestone=\"release candidate 1\" | select number milestone",
        "space \"Big Project\" | tickets milestone=Nope | count",
        "space \"Big Project\" | tickets | first 5",
        "space \"Big Project\" | tickets | first 0",
        "space \"Big Project\" | tickets | first",
        "space \"Big Project\" | tickets status=Test | first 3",
        "space \"Big Project\" | tickets | sort updated_at desc | first 10",
        "space \"Big Project\" | tickets | sort priority desc | first 7 | select number priority",
        "space \"Big Project\" | tickets | sort priority | first 12 | select number priority",
        "space \"Big Project\" | tickets | sort created_on | first 3",
        "space \"Big Project\" | tickets | sort id desc | first 2 | json",
        "space \"Big Project\" | tickets state=1 | sort priority asc | first 9 | select number priority state",
        "tickets | sort priority desc | first 5 | select space number priority",
        "spaces | tickets | count",
        "space \"Big Project\" | user \"John Smith\" | tickets | sort priority | first 4",
        "space \"Big Project\" | milestone \"Release Candidate 1\" | tickets | count",
        "space \"Big Project\" | milestone \"Release Candidate 1\" | tickets | sort updated_at desc | first 3",
        "space \"Big Project\" | tickets assigned_to=jsmith state=1 | count",
        "space \"Big Project\" | tickets severity=Major | count",
        "space \"Big Project\" | ticket 201 | get status_name",
        "space \"Big Project\" | ticket status=Test",
        "stream since=-24h | count",
        "stream since=-24h | select author title | first 3",
        "tasks | group user | sum hours",
        "space \"Big Project\" | milestones | select title space",
    ]

    @Test("every statement prints the same with and without pushdown")
    func identical() async throws {
        try await SandboxHarness.with(SessionOptions(pushdown: true)) { h in
            let client = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: h.server.baseURL)
            let plain = Session(client: client, options: SessionOptions(pushdown: false))
            let collected = SandboxHarness.Collected()
            plain.output = { collected.append($0) }
            for statement in Self.statements {
                let pushed = await h.run(statement)
                collected.reset()
                let result = await plain.run(source: statement, origin: .commandLine)
                #expect(pushed.output == collected.output, "\(statement)")
                #expect(pushed.result == result, "\(statement)")
                #expect(!pushed.output.isEmpty || statement.hasSuffix("first 0"), "\(statement)")
            }
        }
    }

    @Test("a filter on an unknown field fails the same way either way")
    func unknownField() async throws {
        for pushdown in [true, false] {
            try await SandboxHarness.with(SessionOptions(pushdown: pushdown)) { h in
                let failure = await h.failure("space \"Big Project\" | tickets nosuchfield=1 | count")
                #expect(failure?.rendered.contains("nosuchfield") == true)
            }
        }
    }
}
