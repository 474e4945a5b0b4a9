import Assembla
import Foundation
import Testing

/// Issue 8's "done when", streaming: `for try await` over a space's tickets hands out the first
/// ticket before the last page is fetched, proven by the sandbox binary's request log
/// (`--request-log FILE`, one line per answered request).
@Suite("Streaming tickets from a package that depends on the library alone")
struct StreamingTests {
    static let ticketCount = 2_000

    /// The ticket-list requests in the sandbox's log (`GET /v1/spaces/SPACE/tickets?page=2&per_page=100&report=0 200`).
    static func ticketPageRequests(_ log: URL) throws -> [String] {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("GET /v1/spaces/") && ($0.contains("/tickets?") || $0.contains("/tickets.json?"))
        }
    }

    @Test("the first ticket arrives before the last page is fetched; breaking stops the paging")
    func firstTicketFirst() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("consumer-requests-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let sandbox = try SandboxProcess.start(["--tickets", "\(Self.ticketCount)", "--request-log", log.path])
        let client = sandbox.client { $0.maxConcurrentRequests = 4 }
        let allPages = Self.ticketCount / client.configuration.pageSize

        var first: Assembla.Ticket?
        var pagesWhenFirstArrived: [String] = []
        do {
            let space = try await client.space(id: "big-project")
            for try await ticket in space.pagedTickets() {
                first = ticket.record
                pagesWhenFirstArrived = try Self.ticketPageRequests(log)
                break
            }
        } catch {
            sandbox.stop()
            throw error
        }
        sandbox.stop()   // every request the server took is in the log once it has exited
        let pagesInAll = try Self.ticketPageRequests(log)

        #expect(first?.number != nil)
        #expect(!pagesWhenFirstArrived.isEmpty && pagesWhenFirstArrived.count < allPages)
        #expect(pagesWhenFirstArrived.first?.contains("page=1&") == true)
        // Page 1, then at most `maxConcurrentRequests` pages fetched ahead: far fewer than 20.
        #expect(pagesInAll.count <= 1 + 4, "\(pagesInAll)")
    }

    @Test("reading the stream to the end gets every ticket, once")
    func wholeStream() async throws {
        let sandbox = try SandboxProcess.start(["--tickets", "\(Self.ticketCount)"])
        defer { sandbox.stop() }
        let space = try await sandbox.client().space(id: "big-project")
        var numbers: [Int] = []
        for try await ticket in space.pagedTickets() { numbers.append(ticket.record.number) }
        #expect(numbers.count == Self.ticketCount && Set(numbers).count == Self.ticketCount)
    }
}
