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
