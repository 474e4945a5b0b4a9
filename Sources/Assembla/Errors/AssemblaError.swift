/// The one error the library throws (besides `CancellationError`): what went wrong
/// (``Kind``), on which request (method and path, never credentials) and with which status.
///
/// `description` is one clear line, e.g.
/// `GET /v1/spaces/nope: 404 Not Found — no space "nope"`.
public struct AssemblaError: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: Sendable, Hashable {
        /// 401: the credentials were refused.
        case unauthorized
        /// 403: the credentials lack permission.
        case forbidden
        /// HTTP 404 only: `what` names the missing thing when known (e.g. `space "nope"`).
        case notFound(what: String?)
        /// 422: field name → messages.
        case validation([String: [String]])
        /// 429 after the allowed attempts.
        case rateLimited(attempts: Int)
        /// A 5xx answer (after the allowed attempts for idempotent requests).
        case server(attempts: Int)
        /// Any other unexpected status.
        case unexpectedStatus
        /// The network failed (connection refused, reset, …).
        case transport(reason: String, attempts: Int)
        /// The request timed out.
        case timeout(attempts: Int)
        /// A response body did not decode: where (coding path) and why.
        case decoding(path: String, reason: String)
        /// Credentials would have gone over an insecure connection; nothing was sent.
        case insecureTransport(reason: String)
        /// A POST failed after it may have reached the server; it was not repeated.
        case outcomeUnknown(reason: String)
        /// Nothing of what was read matches (e.g. no ticket of this user passes the filter);
        /// no request was answered 404.
        case noSuch(what: String)
        /// No `kind` named `name`; `candidates` are the nearest names (a name miss, not a 404).
        case noMatch(kind: String, name: String, candidates: [String])
        /// Several `kind`s match `name`; `candidates` lists them.
        case ambiguous(kind: String, name: String, candidates: [String])
        /// The configuration is incomplete or invalid (e.g. missing environment variables).
        case configuration(reason: String)
        /// An argument to a library call is invalid.
        case invalidArgument(reason: String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The request, as `METHOD /path?query` (no credentials), when one was involved.
    public var request: String?
    /// The HTTP status, when a response arrived.
    public var status: Int?
    /// Extra server text (e.g. an error message from the body), shortened, if any.
    public var detail: String?
    /// Where the credentials came from, so a refusal names what to check.
    var credentialsOrigin: CredentialsOrigin = .code
    /// For network failures: whether a retry may help and whether the request was sent.
    var retryClass: RetryClass = .permanent
    /// The foreign error this one wraps (see `underlying`).
    var underlyingError: UnderlyingError?

    /// Creates an error.
    public init(_ kind: Kind, request: String? = nil, status: Int? = nil, detail: String? = nil) {
        self.kind = kind
        self.request = request
        self.status = status
        self.detail = detail
    }
}
