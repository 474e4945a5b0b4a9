import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("faults and latency")
struct FaultTests {
    private func faulty(_ fault: SandboxFault) -> (inout SandboxConfiguration) -> Void {
        { config in
            config.faultRate = 1
            config.faults = [fault]
            config.retryAfterSeconds = 3
        }
    }

    @Test("429 carries Retry-After from the configuration")
    func tooManyRequests() async throws {
        try await withSandbox(faulty(.tooManyRequests)) { (server, client) async throws in
            let result = try await client.get("/v1/spaces")
            #expect(result.status == 429)
            #expect(result.header("Retry-After") == "3")
            let record = try #require(await server.requests().last)
            #expect(record.status == 429)
            #expect(record.fault == .tooManyRequests)
        }
    }

    @Test("500 and 503 answer with HTML", arguments: [(SandboxFault.serverError, 500), (.serviceUnavailable, 503)])
    func serverErrors(fault: SandboxFault, status: Int) async throws {
        try await withSandbox(faulty(fault)) { (_, client) async throws in
            let result = try await client.get("/v1/spaces/big-project/tickets")
            #expect(result.status == status)
            #expect(result.header("Content-Type")?.hasPrefix("text/html") == true)
            #expect(result.text.contains("<html"))
        }
    }

    @Test("a connection reset gives the client no response at all")
    func connectionReset() async throws {
        try await withSandbox(faulty(.connectionReset)) { (server, client) async throws in
            await #expect(throws: (any Error).self) { _ = try await client.get("/v1/spaces") }
            let records = await server.requests()
            #expect(!records.isEmpty)
            #expect(records.allSatisfy { $0.fault == .connectionReset && $0.status == 0 })
        }
    }

    @Test("a truncated body sends fewer bytes than its Content-Length, then closes")
    func truncatedBody() async throws {
        try await withSandbox(faulty(.truncatedBody)) { (server, client) async throws in
            do {
                let result = try await client.get("/v1/spaces")
                let declared = try #require(Int(result.header("Content-Length") ?? ""))
                #expect(result.body.count < declared)
            } catch {
                // URLSession reports the short read as an error: the fault did its job.
            }
            let record = try #require(await server.requests().first)
            #expect(record.fault == .truncatedBody)
            #expect(record.status == 200)
        }
    }

    @Test("faults apply to writes too, and faultMethods limits them")
    func methods() async throws {
        try await withSandbox({ config in
            config.faultRate = 1
            config.faults = [.serviceUnavailable]
            config.faultMethods = ["POST"]
        }) { (_, client) async throws in
            #expect(try await client.get("/v1/spaces").status == 200)
            #expect(try await client.send("POST", "/v1/spaces", json: #"{"name":"x"}"#).status == 503)
        }
        try await withSandbox(faulty(.serverError)) { (_, client) async throws in
            #expect(try await client.send("PUT", "/v1/spaces/big-project", json: #"{"name":"x"}"#).status == 500)
        }
    }

    @Test("the same seed gives the same fault schedule; rate 0 never faults")
    func determinism() async throws {
        func schedule(seed: UInt64) async throws -> [Int] {
            try await withSandboxResult({ config in
                config.faultRate = 0.5
                config.faults = [.tooManyRequests, .serverError, .serviceUnavailable]
                config.faultSeed = seed
            }) { (_, client) async throws in
                var statuses: [Int] = []
                for _ in 0..<30 { statuses.append(try await client.get("/v1/user").status) }
                return statuses
            }
        }
        let first = try await schedule(seed: 7)
        #expect(first == (try await schedule(seed: 7)))
        #expect(first.contains(200))
        #expect(first.contains { $0 != 200 })
        try await withSandbox { (server, client) async throws in
            for _ in 0..<20 { _ = try await client.get("/v1/user") }
            #expect(await server.requests().allSatisfy { $0.fault == nil && $0.status == 200 })
        }
    }

    @Test("latency is applied to every request")
    func latency() async throws {
        try await withSandbox({ $0.latency = .milliseconds(150) }) { (_, client) async throws in
            let clock = ContinuousClock()
            for path in ["/v1/user", "/v1/spaces/big-project/tickets"] {
                let elapsed = try await clock.measure { _ = try await client.get(path) }
                #expect(elapsed >= .milliseconds(150))
            }
        }
    }
}

@Suite("the request log file")
struct RequestLogFileTests {
    @Test("requestLogPath gets one line per answered request, faults named, query sorted")
    func lines() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-log-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await withSandbox({ $0.requestLogPath = path; $0.faultRate = 1; $0.faults = [.tooManyRequests]; $0.faultMethods = ["POST"] }) {
            (server, client) async throws in
            _ = try await client.get("/v1/spaces/big-project/tickets?per_page=10&page=2")
            _ = try await client.get("/v1/spaces/nope")
            _ = try await client.send("POST", "/v1/spaces/big-project/tags", json: #"{"tag":{"name":"x"}}"#)
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(lines == [
                "GET /v1/spaces/big-project/tickets?page=2&per_page=10 200",
                "GET /v1/spaces/nope 404",
                "POST /v1/spaces/big-project/tags 429 fault=tooManyRequests",
            ])
            #expect(await server.requests().map(\.logLine) == lines)
        }
    }

    @Test("an unwritable request log refuses to start")
    func unwritable() async throws {
        var config = SandboxConfiguration()
        config.requestLogPath = "/nonexistent-dir/requests.log"
        await #expect(throws: SandboxError.self) { _ = try await SandboxServer.start(config) }
    }
}
