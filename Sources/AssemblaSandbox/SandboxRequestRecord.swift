/// One request the sandbox served, as recorded in ``SandboxServer/requests()``.
public struct SandboxRequestRecord: Sendable, Hashable, Codable {
    /// The HTTP method, e.g. `GET`.
    public let method: String
    /// The path without the query, exactly as sent (e.g. `/v1/spaces.json`).
    public let path: String
    /// The query parameters; a repeated key (`number[]=1&number[]=2`) keeps its values joined by `,`.
    public let query: [String: String]
    /// The status sent; `0` when the connection was reset before any response.
    public let status: Int
    /// The fault injected instead of a normal answer, if any.
    public let fault: SandboxFault?

    /// Creates a record.
    public init(method: String, path: String, query: [String: String], status: Int, fault: SandboxFault? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.status = status
        self.fault = fault
    }

    /// The record as one line of ``SandboxConfiguration/requestLogPath``:
    /// `METHOD /path?sorted=query STATUS`, plus ` fault=NAME` for an injected fault.
    public var logLine: String {
        let query = self.query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        return "\(method) \(path)\(query.isEmpty ? "" : "?" + query) \(status)" + (fault.map { " fault=\($0.rawValue)" } ?? "")
    }
}
