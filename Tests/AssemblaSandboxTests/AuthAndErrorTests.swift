import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("authentication, errors and ETags")
struct AuthAndErrorTests {
    @Test("missing or wrong credentials get 401 with a JSON error", arguments: [
        TestClient.Auth.none, .keys("sandbox-key", "wrong"), .keys("wrong", "sandbox-secret"), .bearer("nope"),
    ])
    func unauthorized(auth: TestClient.Auth) async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.get("/v1/spaces", auth: auth)
            #expect(result.status == 401)
            #expect(result.json?["error"]?.text == "unauthorized")
            #expect(result.json?["error_description"]?.text?.isEmpty == false)
            #expect(!result.text.contains("sandbox-secret"))
        }
    }

    @Test("a bearer token is accepted")
    func bearer() async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.get("/v1/user", auth: .bearer("sandbox-token"))
            #expect(result.status == 200)
            #expect(result.json?["login"]?.text == "alice")
            #expect(result.json?["name"]?.text == "Alice Admin")
        }
    }

    @Test("configured credentials replace the defaults")
    func customCredentials() async throws {
        try await withSandbox({ $0.credentials = SandboxCredentials(key: "k", secret: "s", token: "t") }) { (_, client) async throws in
            #expect(try await client.get("/v1/user", auth: .keys("k", "s")).status == 200)
            #expect(try await client.get("/v1/user", auth: .bearer("t")).status == 200)
            #expect(try await client.get("/v1/user", auth: .owner).status == 401)
        }
    }

    @Test("unknown resources get 404 with a single-space text/html body", arguments: [
        "/v1/spaces/no-such-space", "/v1/spaces/big-project/tickets/99999", "/v1/spaces/big-project/milestones/1",
        "/v1/users/nobody", "/v1/spaces/big-project/tickets/301/ticket_comments/1", "/v1/nothing-here",
        "/v1/spaces/big-project/space_tools/nope", "/v1/tasks/99999",
    ])
    func notFound(path: String) async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.get(path)
            #expect(result.status == 404)
            #expect(result.text == " ")
            #expect(result.header("Content-Type") == "text/html")
        }
    }

    @Test("a space the caller is not a member of is not visible")
    func membership() async throws {
        try await withSandbox { (_, client) async throws in
            let spaces = try await client.get("/v1/spaces", auth: .watcher).items
            #expect(spaces.compactMap { $0["name"]?.text } == ["Big Project"])
            #expect(try await client.get("/v1/spaces/mobile-app", auth: .watcher).status == 404)
        }
    }

    @Test("200 answers carry an ETag, and If-None-Match with it answers 304")
    func etag() async throws {
        try await withSandbox { (_, client) async throws in
            let first = try await client.get("/v1/spaces/big-project/tickets/201")
            let tag = try #require(first.header("ETag"))
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count == 34)
            let again = try await client.send("GET", "/v1/spaces/big-project/tickets/201", headers: ["If-None-Match": tag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            let stale = try await client.send("GET", "/v1/spaces/big-project/tickets/201", headers: ["If-None-Match": "\"stale\""])
            #expect(stale.status == 200)
            #expect(stale.header("ETag") == tag)
        }
    }

    @Test("a change to the resource changes its ETag")
    func etagChanges() async throws {
        try await withSandbox { (_, client) async throws in
            let before = try #require(try await client.get("/v1/spaces/big-project/tickets/5").header("ETag"))
            #expect(try await client.send("PUT", "/v1/spaces/big-project/tickets/5", json: #"{"summary":"Changed"}"#).status == 204)
            let after = try #require(try await client.get("/v1/spaces/big-project/tickets/5").header("ETag"))
            #expect(before != after)
        }
    }

    @Test("a body that is not JSON gets 400")
    func badBody() async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.send("POST", "/v1/spaces/big-project/tickets", json: "{not json")
            #expect(result.status == 400)
        }
    }
}
