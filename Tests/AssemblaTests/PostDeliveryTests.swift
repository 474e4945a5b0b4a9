import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// POSTs are sent exactly once each, however many follow each other: none may ride a pooled
/// connection that the server has already closed (libcurl would re-send it, or wait on it).
@Suite("POST delivery")
struct PostDeliveryTests {
    @Test("40 creates in a row, mixed with paged reads, each sent exactly once")
    func createsInARow() async throws {
        try await Sandbox.run(client: { $0.timeout = 5 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            for index in 0..<40 {
                let created = try await space.createTicket(TicketFields(summary: "delivery \(index)"))
                #expect(created.summary == "delivery \(index)")
                if index.isMultiple(of: 5) { _ = try await space.tickets() }
            }
            let posts = await Sandbox.requests(server, method: "POST")
            #expect(posts.count == 40)
            #expect(posts.allSatisfy { $0.status == 201 })
        }
    }
}

@Suite("Cancellation in flight")
struct InFlightCancellationTests {
    @Test("cancelling the calling task cancels the HTTP request itself, not only what follows it")
    func cancelInFlight() async throws {
        try await Sandbox.run({ $0.latency = .seconds(3) }) { server, _ in
            let transport = URLSessionTransport(timeout: 30)
            let request = HTTPRequest(baseURL: server.baseURL, method: .get, path: "/v1/user",
                                      headers: ["X-Api-Key": "sandbox-key", "X-Api-Secret": "sandbox-secret"])
            let call = Task { try await transport.send(request) }
            try await Task.sleep(for: .milliseconds(100))
            call.cancel()
            let result = await call.result
            // Without cancellation reaching the request, the answer arrives after the latency instead.
            #expect(throws: CancellationError.self) { try result.get() }
        }
    }
}
