import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("server lifecycle and request log")
struct LifecycleTests {
    @Test("starting and stopping 20 servers leaves no port listening")
    func startStop() async throws {
        var ports: [Int] = []
        for _ in 0..<20 {
            let server = try await SandboxServer.start()
            #expect(isListening(port: server.port))
            #expect(server.baseURL.absoluteString == "http://127.0.0.1:\(server.port)")
            _ = try await TestClient(server).get("/v1/user")
            ports.append(server.port)
            await server.stop()
            await server.stop()
        }
        #expect(ports.count == 20)
        #expect(ports.filter(isListening).isEmpty)
    }

    @Test("stopping while connections are still being accepted never traps (cancelling the serving task did: NIO's \"Deinited NIOAsyncWriter without calling finish()\")")
    func stopWhileAccepting() async throws {
        for _ in 0..<30 {
            let server = try await SandboxServer.start()
            let port = server.port
            // Connections that arrive and send nothing: accepted, queued, not yet served.
            let connections = (0..<12).compactMap { _ in openConnection(port: port) }
            #expect(!connections.isEmpty)
            await server.stop()
            for fd in connections { close(fd) }
            #expect(!isListening(port: port))
        }
    }

    @Test("stop closes kept-alive connections")
    func keepAlive() async throws {
        let server = try await SandboxServer.start()
        let client = TestClient(server)
        #expect(try await client.get("/v1/user").status == 200)
        await server.stop()
        await #expect(throws: (any Error).self) { _ = try await client.get("/v1/user") }
    }

    @Test("a request that says Connection: close gets Connection: close back (so no client pool keeps the closed connection)")
    func connectionClose() async throws {
        try await withSandbox { (_, client) async throws in
            let closing = try await client.send("POST", "/v1/spaces", json: #"{"name":"Closing"}"#, headers: ["Connection": "close"])
            #expect(closing.status == 201)
            #expect(closing.headers.first { $0.key.lowercased() == "connection" }?.value.lowercased() == "close")
            let keptAlive = try await client.get("/v1/user")
            #expect(keptAlive.headers.first { $0.key.lowercased() == "connection" }?.value.lowercased() != "close")
        }
    }

    @Test("a busy port is reported as one clear error")
    func busyPort() async throws {
        let first = try await SandboxServer.start()
        var config = SandboxConfiguration()
        config.port = first.port
        do {
            let second = try await SandboxServer.start(config)
            await second.stop()
            Issue.record("a second server bound the same port \(first.port)")
        } catch let error as SandboxError {
            #expect(error.description.contains("\(first.port)"))
        }
        await first.stop()
    }

    @Test("requests() records method, path, query and status in order; resetRequestLog() clears it")
    func requestLog() async throws {
        try await withSandbox { (server, client) async throws in
            _ = try await client.get("/v1/spaces/big-project/tickets.json?page=2&per_page=5&number[]=1&number[]=2")
            _ = try await client.get("/v1/nowhere")
            _ = try await client.send("POST", "/v1/spaces", json: #"{"name":"Logged"}"#)
            _ = try await client.get("/v1/user", auth: .none)
            let records = await server.requests()
            #expect(records.map(\.method) == ["GET", "GET", "POST", "GET"])
            #expect(records.map(\.status) == [200, 404, 201, 401])
            #expect(records[0].path == "/v1/spaces/big-project/tickets.json")
            #expect(records[0].query == ["page": "2", "per_page": "5", "number[]": "1,2"])
            await server.resetRequestLog()
            #expect(await server.requests().isEmpty)
        }
    }
}
