extension AssemblaError {
    /// The error a custom transport or middleware threw, when this error wraps one (the
    /// kind is then ``Kind/transport(reason:attempts:)`` with its description as the reason).
    public var underlying: (any Error)? {
        get { underlyingError?.error }
        set { underlyingError = newValue.map(UnderlyingError.init) }
    }

    /// `error` as an ``AssemblaError`` of `request`: itself when it is one; else a transport
    /// failure wrapping it, retryable when it conforms to ``RetryableError``.
    static func wrapping(_ error: any Error, request: String) -> AssemblaError {
        if let error = error as? AssemblaError { return error }
        let reason = String(String(describing: error).prefix(200))
        var wrapped = AssemblaError(.transport(reason: reason, attempts: 1), request: request)
        if let retryable = error as? any RetryableError {
            wrapped.retryClass = retryable.requestWasSent ? .transient : .notSent
        }
        wrapped.underlying = error
        return wrapped
    }
}

/// A wrapped error, compared and hashed by its description (errors are not `Hashable`).
struct UnderlyingError: Sendable, Hashable {
    let error: any Error

    static func == (lhs: UnderlyingError, rhs: UnderlyingError) -> Bool {
        String(describing: lhs.error) == String(describing: rhs.error)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(String(describing: error)) }
}

