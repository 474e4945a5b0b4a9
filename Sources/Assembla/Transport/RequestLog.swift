/// One request as `--verbose` shows it: method, path with query, status and duration.
/// Never headers, so never credentials.
public struct RequestLog: Sendable, Hashable, CustomStringConvertible {
    /// The method.
    public var method: HTTPMethod
    /// Path and query, e.g. `/v1/spaces/big-project/tickets?page=1&per_page=100`.
    public var path: String
    /// The status, or nil when no response arrived.
    public var status: Int?
    /// How long the attempt took.
    public var duration: Duration
    /// The error text when no response arrived.
    public var failure: String?

    /// Creates a log line.
    public init(method: HTTPMethod, path: String, status: Int?, duration: Duration, failure: String? = nil) {
        self.method = method
        self.path = path
        self.status = status
        self.duration = duration
        self.failure = failure
    }

    /// `GET /v1/spaces → 200 (12 ms)`.
    public var description: String {
        let milliseconds = Double(duration.components.seconds) * 1000
            + Double(duration.components.attoseconds) / 1e15
        let outcome = status.map(String.init) ?? "failed: \(failure ?? "no response")"
        return "\(method.rawValue) \(path) → \(outcome) (\(Int(milliseconds.rounded())) ms)"
    }
}
