import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import AssemblaSandbox

/// A minimal URLSession client for the sandbox: real HTTP on 127.0.0.1, no caching.
struct TestClient: Sendable {
    /// How a request authenticates.
    enum Auth: Sendable {
        case none
        case keys(String, String)
        case bearer(String)

        static let owner = Auth.keys(SandboxCredentials.owner.key, SandboxCredentials.owner.secret)
        static let watcher = Auth.keys(SandboxCredentials.watcher.key, SandboxCredentials.watcher.secret)
    }

    let baseURL: URL
    private let session: URLSession

    init(_ server: SandboxServer) {
        baseURL = server.baseURL
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = 30
        session = URLSession(configuration: configuration)
    }

    /// Sends one request; `path` may carry a query (`/v1/spaces?page=2`).
    func send(_ method: String = "GET", _ path: String, auth: Auth = .owner, json: String? = nil,
              headers: [String: String] = [:], body: String? = nil) async throws -> HTTPResult {
        var request = URLRequest(url: URL(string: baseURL.absoluteString + path)!)
        request.httpMethod = method
        switch auth {
        case .none: break
        case .keys(let key, let secret):
            request.setValue(key, forHTTPHeaderField: "X-Api-Key")
            request.setValue(secret, forHTTPHeaderField: "X-Api-Secret")
        case .bearer(let token):
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        }
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        if let body { request.httpBody = Data(body.utf8) }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name] = value }
        }
        return HTTPResult(status: http.statusCode, headers: fields, body: data)
    }

    /// GET as the owner.
    func get(_ path: String, auth: Auth = .owner) async throws -> HTTPResult {
        try await send("GET", path, auth: auth)
    }
}

/// Runs `body` against a fresh server and always stops it.
func withSandbox(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                 _ body: (SandboxServer, TestClient) async throws -> Void) async throws {
    try await withSandboxResult(configure, body)
}

/// Runs `body` against a fresh server, always stops it, and returns what `body` returned.
func withSandboxResult<T>(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                          _ body: (SandboxServer, TestClient) async throws -> T) async throws -> T {
    var configuration = SandboxConfiguration()
    configure(&configuration)
    let server = try await SandboxServer.start(configuration)
    do {
        let result = try await body(server, TestClient(server))
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
