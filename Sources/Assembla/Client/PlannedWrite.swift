import Foundation

/// A write as it would go over the wire: method, path (with query) and JSON body. Never
/// headers, so never credentials. ``PendingWrite/request`` gives the one a write will send;
/// a dry run prints these instead of sending.
///
/// ```swift
/// let pending = try await ticket.prepareUpdate(TicketFields(status: "Fixed"))
/// print(pending.request)   // PUT /v1/spaces/…/tickets/301 {"ticket":{"status":"Fixed"}}
/// ```
public struct PlannedWrite: Sendable, Hashable, CustomStringConvertible {
    /// The method.
    public var method: HTTPMethod
    /// The path starting with `/v1/`, with its percent-encoded query if any.
    public var path: String
    /// The JSON body as text, if any.
    public var body: String?

    /// Creates a planned write from its parts.
    public init(method: HTTPMethod, path: String, body: String? = nil) {
        self.method = method
        self.path = path
        self.body = body
    }

    /// The request `endpoint` describes (for endpoints the library does not model, sent with
    /// `AssemblaClient.send(_:)`).
    public init<Response>(_ endpoint: Endpoint<Response>) {
        self.init(method: endpoint.method, path: HTTPRequest.pathAndQuery(endpoint.path, endpoint.query),
                  body: endpoint.body.map { String(decoding: $0, as: UTF8.self) })
    }

    /// `POST /v1/spaces/x/tickets {"ticket":{…}}`.
    public var description: String { "\(method.rawValue) \(path)" + (body.map { " " + $0 } ?? "") }
}
