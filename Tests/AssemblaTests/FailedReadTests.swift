import Assembla
import Foundation
import Testing

/// A read whose page fails leaves nothing running: the pages asked for after it are cancelled.
@Suite("A failed read")
struct FailedReadTests {
    /// Page 1 answers a full page, page 2 fails with a 404 (not retried); later pages wait
    /// until cancelled (or ~3 s, then are let through and counted as leaked).
    final class FailingTransport: HTTPTransport {
        private let state = State()

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let page = request.query.first { $0.name == "page" }?.value.flatMap { Int($0) } ?? 0
            switch page {
            case 1:
                let items = (1...100).map { "{\"id\":\($0),\"number\":\($0)}" }.joined(separator: ",")
                return HTTPResponse(status: 200, body: Data("[\(items)]".utf8))
            case 2:
                // Wait until later pages are asked for, so the failure finds them in flight.
                for _ in 0..<300 where await state.waiting < 1 { try await Task.sleep(for: .milliseconds(10)) }
                return HTTPResponse(status: 404, body: Data(" ".utf8))
            default:
                await state.wait()
                for _ in 0..<300 {
                    if Task.isCancelled { await state.cancelled(); throw CancellationError() }
                    try? await Task.sleep(for: .milliseconds(10))
                }
                await state.leaked()
                return HTTPResponse(status: 204)
            }
        }

        var outcome: (cancelled: Int, leaked: Int, waited: Int) { get async { await state.outcome } }

        actor State {
            var waiting = 0
            var cancelledCount = 0
            var leakedCount = 0
            func wait() { waiting += 1 }
            func cancelled() { cancelledCount += 1 }
            func leaked() { leakedCount += 1 }
            var outcome: (cancelled: Int, leaked: Int, waited: Int) { (cancelledCount, leakedCount, waiting) }
        }
    }

    @Test("the pages in flight when a page fails are cancelled and waited for before the error is thrown")
    func cancelsInFlight() async throws {
        let transport = FailingTransport()
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: "k", secret: "s"), transport: transport)
        configuration.retry = RetryPolicy(maxAttempts: 1)
        let assembla = AssemblaClient(configuration: configuration)
        let endpoint = PagedEndpoint<TicketIdentity>(path: "/v1/spaces/x/tickets")
        await #expect(throws: AssemblaError.self) { _ = try await assembla.paged(endpoint).collect() }
        let outcome = await transport.outcome
        #expect(outcome.waited >= 1, "a page was in flight when page 2 failed")
        #expect(outcome.leaked == 0 && outcome.cancelled == outcome.waited, "\(outcome)")
    }
}
