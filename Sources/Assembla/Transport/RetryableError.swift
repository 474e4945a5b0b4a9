/// An error a custom transport or middleware throws to say that another attempt may
/// succeed: the client then retries it as it retries its own network failures, up to
/// ``RetryPolicy/maxAttempts``. Errors that do not conform are not retried. Either way the
/// caller gets an ``AssemblaError`` with the original in ``AssemblaError/underlying``.
///
/// ```swift
/// struct Flaky: Error, RetryableError { var requestWasSent: Bool { false } }
/// ```
public protocol RetryableError: Error, Sendable {
    /// Whether the request may have reached the server. `false` (it certainly did not):
    /// every method is retried, POST included; `true`: only GET, PUT and DELETE are.
    var requestWasSent: Bool { get }
}
