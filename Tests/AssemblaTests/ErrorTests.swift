import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Errors are typed and named")
struct ErrorTests {
    @Test("401 with wrong credentials")
    func unauthorized() async throws {
        try await Sandbox.run(client: { $0.credentials = .apiKey(key: "nope", secret: "nope") }) { _, assembla in
            let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.me() })
            #expect(error.kind == .unauthorized)
            #expect(error.status == 401)
            #expect(error.description.hasPrefix("GET /v1/user: 401 Unauthorized — "))
        }
    }

    @Test("403 when a watcher writes")
    func forbidden() async throws {
        try await Sandbox.run(client: {
            $0.credentials = .apiKey(key: SandboxCredentials.watcher.key, secret: SandboxCredentials.watcher.secret)
        }) { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) {
                try await space.createTicket(TicketFields(summary: "Not allowed"))
            })
            #expect(error.kind == .forbidden)
            #expect(error.description.hasPrefix("POST /v1/spaces/\(space.id)/tickets: 403 Forbidden"))
        }
    }

    @Test("404 names what is missing")
    func notFound() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) { try await space.ticket(number: 99_999) })
            #expect(error.kind == .notFound(what: "ticket #99999"))
            #expect(error.description == "GET /v1/spaces/\(space.id)/tickets/99999: 404 Not Found — no ticket #99999")
            let user = try #require(await #expect(throws: AssemblaError.self) { try await assembla.user(login: "nobody") })
            #expect(user.description == "GET /v1/users/nobody: 404 Not Found — no user \"nobody\"")
        }
    }

    @Test("422 carries the field messages")
    func validation() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) {
                try await space.createTicket(TicketFields(summary: ""))
            })
            guard case .validation(let fields) = error.kind else { Issue.record("not a validation error: \(error)"); return }
            #expect(fields["summary"]?.isEmpty == false)
            #expect(error.status == 422)
            #expect(error.description.contains("summary:"))
        }
    }

    @Test("decoding errors name the path and the reason")
    func decoding() throws {
        let body = Data(#"[{"id": 1, "number": 1, "summary": "x", "priority": 1, "created_on": "yesterday"}]"#.utf8)
        let error = try #require(throws: AssemblaError.self) { try JSONResponseDecoder().decode([Ticket].self, from: body) }
        guard case .decoding(let path, let reason) = error.kind else { Issue.record("\(error)"); return }
        #expect(path == "[0].created_on")
        #expect(reason.contains("yesterday"))
    }

    @Test("every error renders on one line", arguments: [
        AssemblaError(.noMatch(kind: "space", name: "Big Projekt", candidates: ["Big Project"])),
        AssemblaError(.ambiguous(kind: "space", name: "Big", candidates: ["Big Project", "Big Project Archive"])),
        AssemblaError(.outcomeUnknown(reason: "the connection was lost"), request: "POST /v1/tasks"),
        AssemblaError(.server(attempts: 4), request: "GET /v1/spaces", status: 503),
        AssemblaError(.validation(["summary": ["can't be blank"], "base": ["no"]]), request: "POST /v1/x", status: 422),
    ])
    func oneLine(error: AssemblaError) {
        #expect(!error.description.contains("\n"))
        #expect(!error.description.isEmpty)
    }
}
