import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Credentials and transport security")
struct CredentialsTests {
    @Test("API key and secret are accepted by the sandbox")
    func apiKey() async throws {
        try await Sandbox.run { _, assembla in
            let me = try await assembla.me()
            #expect(me.login == "alice")
        }
    }

    @Test("a bearer token is sent as Authorization: Bearer")
    func bearer() async throws {
        let counting = CountingTransport()
        try await Sandbox.run(client: {
            $0.credentials = .bearer(token: SandboxCredentials.owner.token)
            $0.transport = counting
        }) { _, assembla in
            #expect(try await assembla.me().name == "Alice Admin")
            let sent = try #require(await counting.requests.first)
            #expect(sent.headers["Authorization"] == "Bearer \(SandboxCredentials.owner.token)")
            #expect(sent.headers["Accept"] == "application/json")
            #expect(sent.headers["X-Api-Key"] == nil)
        }
    }

    @Test("key and secret go in X-Api-Key and X-Api-Secret")
    func keyHeaders() async throws {
        let counting = CountingTransport()
        try await Sandbox.run(client: { $0.transport = counting }) { _, assembla in
            _ = try await assembla.me()
            let sent = try #require(await counting.requests.first)
            #expect(sent.headers["X-Api-Key"] == SandboxCredentials.owner.key)
            #expect(sent.headers["X-Api-Secret"] == SandboxCredentials.owner.secret)
            #expect(sent.path == "/v1/user")
        }
    }

    @Test("credentials go over http only to loopback hosts", arguments: [
        ("http://api.example.com", false), ("http://10.0.0.1:8080", false), ("ftp://127.0.0.1", false),
        ("https://api.example.com", true), ("http://127.0.0.1:1", true), ("http://127.8.9.10:1", true),
        ("http://localhost:1", true), ("http://[::1]:1", true),
    ])
    func loopbackOnly(url: String, allowed: Bool) async throws {
        let counting = CountingTransport(wrapping: RefusingTransport())
        let assembla = AssemblaClient(configuration: AssemblaConfiguration(
            credentials: .apiKey(key: "k", secret: "s3cr3t-value"), baseURL: URL(string: url)!,
            retry: RetryPolicy(maxAttempts: 1), transport: counting))
        do {
            _ = try await assembla.me()
            Issue.record("expected an error")
        } catch let error as AssemblaError {
            if allowed {
                #expect(await counting.requests.count == 1)
            } else {
                guard case .insecureTransport = error.kind else { Issue.record("wrong kind: \(error)"); return }
                #expect(await counting.requests.isEmpty, "nothing is sent")
                #expect(error.description.contains("refused to send credentials"))
                #expect(!error.description.contains("s3cr3t-value"))
            }
        }
    }

    @Test("descriptions, debug descriptions and dumps never show secrets")
    func redaction() throws {
        let secrets = ["my-key-123", "my-secret-456", "my-token-789"]
        let values: [Credentials] = [.apiKey(key: secrets[0], secret: secrets[1]), .bearer(token: secrets[2])]
        var configuration = AssemblaConfiguration(credentials: values[0])
        configuration.onRequest = { _ in }
        var texts = values.map { "\($0) \(String(reflecting: $0))" }
        for value in values {
            var dumped = ""
            dump(value, to: &dumped)
            texts.append(dumped)
        }
        var dumpedConfiguration = ""
        dump(configuration, to: &dumpedConfiguration)
        texts.append(dumpedConfiguration)
        texts.append(String(describing: configuration))
        for text in texts {
            for secret in secrets { #expect(!text.contains(secret), "\(text)") }
        }
    }

    @Test("errors and request logs never contain credentials")
    func errorsRedacted() async throws {
        let logs = Collected<RequestLog>()
        try await Sandbox.run(client: {
            $0.credentials = .apiKey(key: "wrong-key-xyz", secret: "wrong-secret-xyz")
            $0.onRequest = { logs.append($0) }
        }) { _, assembla in
            let error = await #expect(throws: AssemblaError.self) { try await assembla.spaces() }
            let text = "\(String(describing: error)) \(String(reflecting: error)) \(logs.all)"
            #expect(text.contains("401"))
            #expect(!text.contains("wrong-key-xyz"))
            #expect(!text.contains("wrong-secret-xyz"))
        }
    }
}

/// Answers every request with a 418 so the client never touches the network.
struct RefusingTransport: HTTPTransport {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse { HTTPResponse(status: 418) }
}


@Suite("Redirects")
struct RedirectTests {
    @Test("a redirect is not followed, so credentials never reach the other host")
    func notFollowed() async throws {
        let target = try LoopbackStub { _ in
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 40\r\nConnection: close\r\n\r\n"
                + #"{"id":"x","login":"leak","name":"Leak"} "#
        }
        let targetPort = target.port
        let redirector = try LoopbackStub { _ in
            "HTTP/1.1 302 Found\r\nLocation: http://localhost:\(targetPort)/v1/user\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        }
        defer { target.stop(); redirector.stop() }
        let assembla = AssemblaClient(configuration: AssemblaConfiguration(
            credentials: .apiKey(key: "redirect-key", secret: "redirect-secret"),
            baseURL: URL(string: "http://127.0.0.1:\(redirector.port)")!, retry: RetryPolicy(maxAttempts: 1)))
        let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.me() })
        #expect(error.status == 302)
        #expect(error.description.hasPrefix("GET /v1/user: 302 Found — unexpected answer from the server (redirected to http://localhost:\(targetPort)/v1/user, not followed"))
        #expect(redirector.requests.count == 1)
        #expect(redirector.requests.first?.contains("redirect-secret") == true, "the intended server got the credentials")
        #expect(target.requests.isEmpty, "the redirect target got nothing")
    }
}
