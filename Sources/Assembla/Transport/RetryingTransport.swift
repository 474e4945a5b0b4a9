/// Retries what is safe to retry: GET/PUT/DELETE on 429, 500, 502, 503, 504, timeouts and lost
/// connections, with exponential backoff and jitter, honouring `Retry-After` seconds.
/// A POST is retried only when it certainly did not reach the server (a 429 refusal or
/// a connection that never opened); any other failure of a POST becomes
/// ``AssemblaError/Kind/outcomeUnknown(reason:)``.
public struct RetryingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let policy: @Sendable () -> RetryPolicy

    /// Wraps `base`; `policy` is read for every request.
    public init(wrapping base: any HTTPTransport, policy: @escaping @Sendable () -> RetryPolicy) {
        self.base = base
        self.policy = policy
    }

    /// Sends, retrying as the policy allows.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let policy = policy()
        var attempt = 1
        while true {
            let retryAfter: Double?
            do {
                var response = try await base.send(request)
                response.attempts = attempt
                guard policy.shouldRetry(status: response.status, method: request.method),
                      attempt < policy.maxAttempts else { return response }
                retryAfter = response.retryAfterSeconds
            } catch let error as CancellationError {
                throw error
            } catch {
                var error = AssemblaError.wrapping(error, request: request.summary)
                error.setAttempts(attempt)
                let retryable: Bool
                switch error.retryClass {
                case .notSent:
                    retryable = true
                case .transient where request.method.isIdempotent:
                    retryable = true
                case .transient:
                    throw AssemblaError(.outcomeUnknown(reason: error.explanation), request: request.summary)
                case .permanent:
                    retryable = false
                }
                guard retryable, attempt < policy.maxAttempts else { throw error }
                retryAfter = nil
            }
            try await Task.sleep(for: .seconds(policy.delay(afterAttempt: attempt, retryAfter: retryAfter)))
            attempt += 1
        }
    }
}

extension AssemblaError {
    /// Records the number of attempts in kinds that report it.
    mutating func setAttempts(_ attempts: Int) {
        switch kind {
        case .transport(let reason, _): kind = .transport(reason: reason, attempts: attempts)
        case .timeout: kind = .timeout(attempts: attempts)
        case .rateLimited: kind = .rateLimited(attempts: attempts)
        case .server: kind = .server(attempts: attempts)
        default: break
        }
    }
}
