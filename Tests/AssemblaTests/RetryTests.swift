import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Retries with faults")
struct RetryTests {
    @Test("GETs succeed through injected faults", arguments: SandboxFault.allCases)
    func readsSurvive(fault: SandboxFault) async throws {
        try await Sandbox.run({
            $0.faultRate = 0.3
            $0.faults = [fault]
            $0.retryAfterSeconds = 0
            $0.faultSeed = 7
        }, client: { $0.retry = RetryPolicy(maxAttempts: 8, baseDelay: 0.001, maxDelay: 0.01) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let tickets = try await space.tickets()
            #expect(tickets.count == 400)
            let faults = await server.requests().filter { $0.fault == fault }
            #expect(!faults.isEmpty, "the sandbox injected \(fault)")
        }
    }

    @Test("429 with Retry-After is waited out and the reads succeed")
    func retryAfter() async throws {
        try await Sandbox.run({ $0.faultRate = 0.5; $0.faults = [.tooManyRequests]; $0.retryAfterSeconds = 1; $0.faultSeed = 3 }) { server, assembla in
            #expect(try await assembla.me().login == "alice")
            for space in try await assembla.spaces() { _ = try await space.users() }
            let statuses = await server.requests().map(\.status)
            #expect(statuses.contains(429))
            #expect(statuses.filter { $0 == 200 }.count == 6)
        }
    }

    @Test("a GET that keeps failing ends with a clear error after the allowed attempts")
    func exhausted() async throws {
        try await Sandbox.run({ $0.faultRate = 1; $0.faults = [.serviceUnavailable] },
                              client: { $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.001) }) { server, assembla in
            let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.spaces() })
            #expect(error.kind == .server(attempts: 3))
            #expect(error.description == "GET /v1/spaces: 503 Service Unavailable — the server failed after 3 attempts")
            #expect(await server.requests().count == 3)
        }
    }

    @Test("a GET that times out is retried, then reported as a timeout")
    func timeout() async throws {
        try await Sandbox.run({ $0.latency = .milliseconds(1_500) }, client: {
            $0.timeout = 0.3
            $0.retry = RetryPolicy(maxAttempts: 2, baseDelay: 0.001)
        }) { _, assembla in
            let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.me() })
            #expect(error.kind == .timeout(attempts: 2))
            #expect(error.description == "GET /v1/user: timed out after 2 attempts")
        }
    }

    @Test("a POST is not retried once it may have reached the server", arguments: [
        SandboxFault.serviceUnavailable, .serverError, .connectionReset, .truncatedBody,
    ])
    func postNotRetried(fault: SandboxFault) async throws {
        try await Sandbox.run({ $0.faultRate = 1; $0.faults = [fault]; $0.faultMethods = ["POST"] }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) {
                try await space.createTicket(TicketFields(summary: "Maybe created"))
            })
            guard case .outcomeUnknown = error.kind else { Issue.record("expected outcomeUnknown: \(error)"); return }
            #expect(error.description.contains("may or may not have been applied"))
            let posts = await Sandbox.requests(server, method: "POST")
            #expect(posts.count == 1, "\(error) \(posts)")
        }
    }

    @Test("a POST refused with 429 is retried")
    func postRetriedOn429() async throws {
        try await Sandbox.run({
            $0.faultRate = 1; $0.faults = [.tooManyRequests]; $0.faultMethods = ["POST"]; $0.retryAfterSeconds = 0
        }, client: { $0.retry = RetryPolicy(maxAttempts: 3, baseDelay: 0.001) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) {
                try await space.createTicket(TicketFields(summary: "Refused"))
            })
            #expect(error.kind == .rateLimited(attempts: 3))
            #expect(await Sandbox.requests(server, method: "POST").count == 3)
        }
    }
}
