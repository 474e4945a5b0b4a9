import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Configuration from the environment")
struct EnvironmentTests {
    @Test("key and secret, token, URL with or without /v1")
    func reads() throws {
        let keyed = try AssemblaConfiguration.fromEnvironment([
            "ASSEMBLA_API_KEY": "k", "ASSEMBLA_API_SECRET": "s", "ASSEMBLA_URL": "http://127.0.0.1:9999/v1/",
        ])
        #expect(keyed.credentials == .apiKey(key: "k", secret: "s"))
        #expect(keyed.baseURL.absoluteString == "http://127.0.0.1:9999")
        let token = try AssemblaConfiguration.fromEnvironment(["ASSEMBLA_TOKEN": "t"])
        #expect(token.credentials == .bearer(token: "t"))
        #expect(token.baseURL.absoluteString == "https://api.assembla.com")
    }

    @Test("missing or half credentials and bad URLs are named", arguments: [
        ([:], "ASSEMBLA_API_KEY and ASSEMBLA_API_SECRET, or ASSEMBLA_TOKEN"),
        (["ASSEMBLA_API_KEY": "k"], "ASSEMBLA_API_SECRET is not"),
        (["ASSEMBLA_API_SECRET": "s"], "ASSEMBLA_API_KEY is not"),
        (["ASSEMBLA_TOKEN": "t", "ASSEMBLA_URL": "not a url"], "ASSEMBLA_URL"),
    ])
    func refuses(environment: [String: String], message: String) {
        #expect {
            _ = try AssemblaConfiguration.fromEnvironment(environment)
        } throws: { error in
            guard let error = error as? AssemblaError, case .configuration = error.kind else { return false }
            return error.description.contains(message)
        }
    }

    @Test("a client from the environment talks to the sandbox")
    func endToEnd() async throws {
        let server = try await SandboxServer.start()
        let assembla = try AssemblaClient.fromEnvironment([
            "ASSEMBLA_API_KEY": "sandbox-key", "ASSEMBLA_API_SECRET": "sandbox-secret",
            "ASSEMBLA_URL": server.baseURL.absoluteString,
        ])
        let me = try await assembla.me()
        await server.stop()
        #expect(me.login == "alice")
    }
}
