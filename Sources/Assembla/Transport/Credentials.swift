/// How the client authenticates: an API key and secret (`X-Api-Key`/`X-Api-Secret`
/// headers) or an OAuth bearer token (`Authorization: Bearer …`).
///
/// The secret values are private and never appear in `description`, `debugDescription`
/// or `dump` output.
public struct Credentials: Sendable, Hashable {
    enum Storage: Sendable, Hashable {
        case apiKey(key: String, secret: String)
        case bearer(token: String)
    }

    let storage: Storage

    /// API key and secret, sent as `X-Api-Key` and `X-Api-Secret`.
    public static func apiKey(key: String, secret: String) -> Credentials {
        Credentials(storage: .apiKey(key: key, secret: secret))
    }

    /// An OAuth2 access token, sent as `Authorization: Bearer <token>`.
    public static func bearer(token: String) -> Credentials {
        Credentials(storage: .bearer(token: token))
    }

    /// Whether `text` contains the key, the secret or the token (so a shell can keep such a
    /// line out of its history). Values shorter than 4 characters are not looked for.
    public func appears(in text: String) -> Bool {
        let values: [String] = switch storage {
        case .apiKey(let key, let secret): [key, secret]
        case .bearer(let token): [token]
        }
        return values.contains { $0.count >= 4 && text.contains($0) }
    }

    /// The headers that authenticate a request.
    var headers: [String: String] {
        switch storage {
        case .apiKey(let key, let secret): ["X-Api-Key": key, "X-Api-Secret": secret]
        case .bearer(let token): ["Authorization": "Bearer \(token)"]
        }
    }

    /// Which kind of credentials these are, without their values.
    public var kindName: String {
        switch storage {
        case .apiKey: "API key and secret"
        case .bearer: "bearer token"
        }
    }
}

extension Credentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// `Credentials(API key and secret, redacted)` — never the values.
    public var description: String { "Credentials(\(kindName), redacted)" }
    /// Same as `description`.
    public var debugDescription: String { description }
    /// A mirror without the values, so `dump` shows nothing secret.
    public var customMirror: Mirror { Mirror(self, children: ["kind": kindName], displayStyle: .struct) }
}
