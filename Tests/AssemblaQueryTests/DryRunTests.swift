import AssemblaSandbox
import Foundation
@testable import AssemblaQuery
import Testing

@Suite("--dry-run: a result listing the requests, none sent")
struct DryRunTests {
    /// A write statement, what its dry run says, and the one request it lists.
    struct Case: Sendable, CustomTestStringConvertible {
        let statement: String
        let summary: String
        let method: String
        /// A part of the request's path (the space id in it varies).
        let pathPart: String
        /// A part of the JSON body that only a resolved name (or nothing) explains.
        let body: String?
        /// Whether the statement needs reads (names to resolve); `create space` needs none.
        var reads = true
        var testDescription: String { statement }
    }

    static let cases: [Case] = [
        Case(statement: "space \"Big Project\" | create ticket summary=Dry status=test assigned_to=\"John Smith\" milestone=backlog",
             summary: "dry run: would create 1 ticket", method: "POST", pathPart: "/tickets", body: #""status":"Test""#),
        Case(statement: "space \"Big Project\" | ticket 301 | set status=fixed", summary: "dry run: would update 1 ticket",
             method: "PUT", pathPart: "/tickets/301", body: #"{"ticket":{"status":"Fixed"}}"#),
        Case(statement: "space \"Big Project\" | ticket 301 | comment \"Deployed\"", summary: "dry run: would comment on 1 ticket",
             method: "POST", pathPart: "/tickets/301/ticket_comments", body: #"{"ticket_comment":{"comment":"Deployed"}}"#),
        Case(statement: "log hours=1.5 space=\"Big Project\" description=Review ticket=301", summary: "dry run: would log 1.5 h in space \"Big Project\"",
             method: "POST", pathPart: "/v1/tasks", body: #""hours":1.5"#),
        Case(statement: "space \"Big Project\" | ticket 301 | delete", summary: "dry run: would delete 1 ticket",
             method: "DELETE", pathPart: "/tickets/301", body: nil),
        Case(statement: "space \"Mobile App\" | add member mjones role=watcher", summary: "dry run: would add member mjones",
             method: "POST", pathPart: "/user_roles", body: #""role":"watcher""#),
        Case(statement: "space \"Big Project\" | remove member cdiaz", summary: "dry run: would remove cdiaz from space \"Big Project\"",
             method: "DELETE", pathPart: "/user_roles/", body: nil),
        Case(statement: "space \"Mobile App\" | add tool Time", summary: "dry run: would add tool Time",
             method: "POST", pathPart: "/space_tools/14/add", body: nil),
        Case(statement: "space \"Big Project\" | milestone \"Release Candidate 1\" | complete", summary: "dry run: would complete 1 milestone",
             method: "PUT", pathPart: "/milestones/", body: #"{"milestone":{"is_completed":true}}"#),
        Case(statement: "create space name=Dry", summary: "dry run: would create 1 space",
             method: "POST", pathPart: "/v1/spaces", body: #"{"space":{"name":"Dry"}}"#, reads: false),
    ]

    @Test("each write statement lists its request (method, path, body), reads still run, nothing is written", arguments: cases)
    func dryRun(_ example: Case) async throws {
        try await SandboxHarness.with(SessionOptions(dryRun: true)) { h in
            await h.server.resetRequestLog()
            let output = await h.output(example.statement)
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count == 3 && lines.last == "", "one summary, one request: \(output)")
            #expect(lines.first == example.summary)
            let request = lines.count > 1 ? lines[1] : ""
            #expect(request.hasPrefix("  \(example.method) /v1/"), "\(request)")
            let path = request.dropFirst(2 + example.method.count + 1).prefix { $0 != " " }
            #expect(path.contains(example.pathPart), "\(request)")
            if let body = example.body {
                #expect(request.contains(" {") && request.contains(body), "\(request)")
            } else {
                #expect(!request.contains("{"), "no body: \(request)")
            }
            #expect(!output.contains("sandbox-key") && !output.contains("sandbox-secret"), "never credentials")
            let log = await h.requests()
            #expect(log.isEmpty != example.reads, "names were resolved by reading (and only when there are names)")
            #expect(log.allSatisfy { record in record.method == "GET" }, "no write reached the server: \(log.map(\.logLine))")
        }
    }

    @Test("a dry run changes nothing: the same statement without it still finds the ticket unchanged")
    func changesNothing() async throws {
        try await SandboxHarness.with(SessionOptions(dryRun: true)) { h in
            let before = await h.output("space \"Big Project\" | ticket 301 | get status")
            let count = await h.count("space \"Big Project\" | tickets status=Test | count")
            let planned = await h.output("space \"Big Project\" | tickets status=Test | set status=Fixed")
            #expect(planned.hasPrefix("dry run: would update \(count) tickets\n  PUT /v1/spaces/"))
            #expect(planned.split(separator: "\n").filter { $0.hasPrefix("  PUT ") }.count == count, "one line per request")
            await h.output("cache clear")
            #expect(await h.output("space \"Big Project\" | ticket 301 | get status") == before)
            #expect(await h.count("space \"Big Project\" | tickets status=Test | count") > 0)
        }
    }
}
