import Foundation

/// An in-memory transport for your tests: answers each request from a table of canned
/// responses (or a closure) and records what was asked, so code that uses ``AssemblaClient``
/// runs without a server.
///
/// ```swift
/// let space = Space(id: "s1", name: "Big Project", wikiName: "big-project", …)
/// let stub = StubTransport([
///     "GET /v1/spaces/s1": try .json(space),
///     "GET /v1/spaces/s1/tickets/42": try .json(ticket),
/// ])
/// var configuration = AssemblaConfiguration(credentials: .bearer(token: "test"))
/// configuration.transport = stub
/// let assembla = AssemblaClient(configuration: configuration)
/// #expect(try await assembla.space(id: "s1").name == "Big Project")
/// #expect(stub.requests.map(\.summary) == ["GET /v1/spaces/s1"])
/// ```
///
/// A request is looked up as `METHOD /path?query` first, then as `METHOD /path`; one that
/// is in neither is answered `404 Not Found`. The client's retries, authentication and error
/// mapping run as they do over the network.
public final class StubTransport: HTTPTransport, Sendable {
    private let respond: @Sendable (HTTPRequest) async throws -> HTTPResponse
    private let log = Locked<[HTTPRequest]>([])

    /// Answers from `responses`, keyed `"GET /v1/spaces"` (with or without the query).
    public convenience init(_ responses: [String: HTTPResponse]) {
        self.init { request in
            responses[request.summary] ?? responses["\(request.method.rawValue) \(request.path)"]
                ?? HTTPResponse(status: 404, body: Data(" ".utf8))
        }
    }

    /// Answers every request with `respond` (which may also throw, like a failing network).
    public init(_ respond: @escaping @Sendable (HTTPRequest) async throws -> HTTPResponse) {
        self.respond = respond
    }

    /// Every request received so far, in order. Credential headers (`Authorization`,
    /// `X-Api-Key`, `X-Api-Secret`) are kept by name with the value `<redacted>`, so printing
    /// a request never shows a secret.
    public var requests: [HTTPRequest] { log.current }

    /// Records the request (credentials redacted) and answers it.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var redacted = request
        for name in request.headers.keys where Self.credentialHeaders.contains(name.lowercased()) {
            redacted.headers[name] = "<redacted>"
        }
        log.update { [redacted] in $0.append(redacted) }
        return try await respond(redacted)
    }

    private static let credentialHeaders: Set<String> = ["authorization", "x-api-key", "x-api-secret"]
}

extension HTTPResponse {
    /// A JSON response with `value` encoded by a default `JSONEncoder` (models encode the
    /// way the API sends them), e.g. `try .json([space])`.
    public static func json(_ value: some Encodable, status: Int = 200) throws -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "application/json"], body: try JSONEncoder().encode(value))
    }
}
