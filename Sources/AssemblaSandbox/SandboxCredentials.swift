/// The credentials one sandbox user authenticates with: an API key and secret pair
/// (`X-Api-Key` / `X-Api-Secret` headers) or a bearer token (`Authorization: Bearer …`).
///
/// ```swift
/// config.credentials = SandboxCredentials(key: "k", secret: "s", token: "t")
/// ```
public struct SandboxCredentials: Sendable, Hashable {
    /// The value expected in the `X-Api-Key` header.
    public var key: String
    /// The value expected in the `X-Api-Secret` header.
    public var secret: String
    /// The value expected after `Bearer ` in the `Authorization` header.
    public var token: String

    /// Creates a credential set.
    /// - Parameters:
    ///   - key: the API key (`X-Api-Key`).
    ///   - secret: the API secret (`X-Api-Secret`).
    ///   - token: the bearer token.
    public init(key: String = "sandbox-key", secret: String = "sandbox-secret", token: String = "sandbox-token") {
        self.key = key
        self.secret = secret
        self.token = token
    }

    /// The owner's defaults: `sandbox-key` / `sandbox-secret` / `sandbox-token` (user `alice`).
    public static let owner = SandboxCredentials()

    /// The watcher's defaults: `watcher-key` / `watcher-secret` / `watcher-token` (user `watcher1`).
    public static let watcher = SandboxCredentials(key: "watcher-key", secret: "watcher-secret", token: "watcher-token")
}

extension SandboxCredentials: CustomStringConvertible {
    /// Never shows the secret or the token.
    public var description: String { "SandboxCredentials(key: \(key), secret: <hidden>, token: <hidden>)" }
}
