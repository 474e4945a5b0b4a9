import Foundation

extension AssemblaClient {
    /// A client configured from the environment: `ASSEMBLA_API_KEY` and
    /// `ASSEMBLA_API_SECRET`, or `ASSEMBLA_TOKEN` (a bearer token); `ASSEMBLA_URL` for
    /// the server (default `https://api.assembla.com`; a trailing `/v1` is ignored).
    /// Throws `.configuration` naming what is missing.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment, useCache: Bool = true
    ) throws -> AssemblaClient {
        AssemblaClient(configuration: try AssemblaConfiguration.fromEnvironment(environment, useCache: useCache))
    }
}

extension AssemblaConfiguration {
    /// The configuration `AssemblaClient.fromEnvironment` uses (see there).
    public static func fromEnvironment(_ environment: [String: String], useCache: Bool = true) throws -> AssemblaConfiguration {
        func value(_ name: String) -> String? {
            environment[name].map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        let credentials: Credentials
        switch (value("ASSEMBLA_API_KEY"), value("ASSEMBLA_API_SECRET"), value("ASSEMBLA_TOKEN")) {
        case let (key?, secret?, _):
            credentials = .apiKey(key: key, secret: secret)
        case (_, _, let token?):
            credentials = .bearer(token: token)
        case (_?, nil, nil):
            throw AssemblaError(.configuration(reason: "ASSEMBLA_API_KEY is set but ASSEMBLA_API_SECRET is not"))
        case (nil, _?, nil):
            throw AssemblaError(.configuration(reason: "ASSEMBLA_API_SECRET is set but ASSEMBLA_API_KEY is not"))
        case (nil, nil, nil):
            throw AssemblaError(.configuration(reason: "no credentials: set ASSEMBLA_API_KEY and ASSEMBLA_API_SECRET, or ASSEMBLA_TOKEN"))
        }
        let baseURL = try value("ASSEMBLA_URL").map { try serverRoot(from: $0, origin: "ASSEMBLA_URL") }
            ?? AssemblaConfiguration.defaultBaseURL
        var configuration = AssemblaConfiguration(credentials: credentials, baseURL: baseURL, useCache: useCache)
        configuration.credentialsOrigin = .environment
        return configuration
    }

    /// The server root named by `text` (`https://api.assembla.com`, with or without a
    /// trailing `/` or `/v1`); throws `.configuration` naming `origin` when it is not an
    /// http(s) URL with a host.
    public static func serverRoot(from text: String, origin: String = "server URL") throws -> URL {
        var root = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while root.hasSuffix("/") { root.removeLast() }
        if root.hasSuffix("/v1") { root.removeLast(3) }
        guard let url = URL(string: root), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw AssemblaError(.configuration(reason: "\(origin) \"\(text)\" is not an http(s) URL"))
        }
        return url
    }
}
