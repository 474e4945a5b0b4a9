import Foundation

/// Remembers every request between its start and its answer (retries included), so a
/// caller whose deadline passed can say which request hung.
public struct InFlightTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let requests = Locked<[UUID: (summary: String, start: Date)]>([:])

    /// Wraps `base`.
    public init(wrapping base: any HTTPTransport) {
        self.base = base
    }

    /// Sends through `base`, recorded as in flight until it returns or throws.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let id = UUID()
        let summary = request.summary
        requests.update { $0[id] = (summary, Date()) }
        defer { requests.update { $0[id] = nil } }
        return try await base.send(request)
    }

    /// The requests waiting for an answer, oldest first (`GET /v1/spaces…`).
    public var pending: [String] {
        requests.current.values.sorted { $0.start < $1.start }.map(\.summary)
    }
}
