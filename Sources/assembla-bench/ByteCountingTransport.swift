import Assembla
import Foundation

/// Wraps a transport and counts requests and response bytes (optionally keeping the bodies).
final class ByteCountingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let keepBodies: Bool
    private let tally = Tally()

    init(wrapping base: any HTTPTransport, keepBodies: Bool = false) {
        self.base = base
        self.keepBodies = keepBodies
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await base.send(request)
        await tally.add(response.body, keep: keepBodies)
        return response
    }

    func reset() async { await tally.reset() }
    var requests: Int { get async { await tally.requests } }
    var bytes: Int { get async { await tally.bytes } }
    var bodies: [Data] { get async { await tally.bodies } }

    private actor Tally {
        var requests = 0
        var bytes = 0
        var bodies: [Data] = []

        func add(_ body: Data, keep: Bool) {
            requests += 1
            bytes += body.count
            if keep { bodies.append(body) }
        }

        func reset() {
            requests = 0
            bytes = 0
            bodies = []
        }
    }
}
