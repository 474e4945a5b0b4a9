/// When and how long to wait before trying a request again.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included (1 = never retry).
    public var maxAttempts: Int
    /// The first backoff delay in seconds; doubled on each further attempt.
    public var baseDelay: Double
    /// The longest backoff delay in seconds.
    public var maxDelay: Double
    /// The longest `Retry-After` the client honours, in seconds.
    public var maxRetryAfter: Double

    /// Creates a policy (defaults: 4 attempts, 0.25 s doubling up to 8 s, Retry-After ≤ 60 s).
    public init(maxAttempts: Int = 4, baseDelay: Double = 0.25, maxDelay: Double = 8, maxRetryAfter: Double = 60) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.maxRetryAfter = max(0, maxRetryAfter)
    }

    /// Statuses worth another try: 429 for every method, 500/502/503/504 for idempotent ones.
    func shouldRetry(status: Int, method: HTTPMethod) -> Bool {
        if status == 429 { return true }
        return method.isIdempotent && [500, 502, 503, 504].contains(status)
    }

    /// Seconds to wait before attempt `attempt + 1`: the server's `Retry-After` when given,
    /// else exponential backoff with jitter (between half and all of the delay).
    func delay(afterAttempt attempt: Int, retryAfter: Double?) -> Double {
        if let retryAfter { return min(max(0, retryAfter), maxRetryAfter) }
        let exponential = min(maxDelay, baseDelay * Double(1 << min(attempt - 1, 20)))
        return exponential * Double.random(in: 0.5...1.0)
    }
}
