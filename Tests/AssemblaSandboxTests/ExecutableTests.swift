import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SandboxProcessSupport
import Testing
@testable import AssemblaSandbox

/// Runs the built `assembla-sandbox` binary (`.build/debug/`, built by `swift build --build-tests`).
@Suite("assembla-sandbox executable")
struct ExecutableTests {
    @Test("prints `listening on URL` first, writes the same port to --port-file, serves the seeded data, and exits 0 on SIGTERM and SIGINT",
          arguments: [SIGTERM, SIGINT])
    func serveAndStop(signal: Int32) async throws {
        let sandbox = try SandboxProcess.start(["--tickets", "50", "--key", "k", "--secret", "s"])
        let first = sandbox.firstLine()
        #expect(first == "listening on http://127.0.0.1:\(sandbox.port)", "the banner and the port file agree: \(first)")
        var request = URLRequest(url: try #require(URL(string: "\(sandbox.baseURL)/v1/spaces/big-project/tickets.json?per_page=100")))
        request.setValue("k", forHTTPHeaderField: "X-Api-Key")
        request.setValue("s", forHTTPHeaderField: "X-Api-Secret")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        guard case .array(let tickets)? = JSONValue.parse(data) else {
            Issue.record("not a ticket list")
            sandbox.stop()
            return
        }
        #expect(tickets.count == 50)
        sandbox.stop(signal: signal)
        #expect(sandbox.process.termination == .exit(0))
        #expect(!isListening(port: sandbox.port))
        let stderr = String(decoding: sandbox.errors.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("stopped"))
    }

    @Test("--host ::1 listens on the IPv6 loopback and prints a bracketed URL (was a force-unwrap crash)")
    func ipv6Host() async throws {
        let sandbox = try SandboxProcess.start(["--tickets", "5"], host: "::1")
        defer { sandbox.stop() }
        let first = sandbox.firstLine()
        #expect(first == "listening on http://[::1]:\(sandbox.port)", "first line: \(first)")
        #expect(sandbox.process.isRunning)
    }

    @Test("invalid options exit 64 with one clear error", arguments: [
        ["--fault-rate", "2"], ["--faults", "meteor"], ["--port", "70000"], ["--tickets", "-1"], ["--max-per-page", "0"],
    ])
    func invalidOptions(arguments: [String]) async throws {
        let result = try await SandboxProcess.runToExit(arguments)
        #expect(result.stdout.isEmpty)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test("a --port-file that cannot be written: exit 1 with the path")
    func unwritablePortFile() async throws {
        let result = try await SandboxProcess.runToExit(["--port", "0", "--tickets", "5", "--port-file", "/nonexistent/dir/port"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("assembla-sandbox: cannot write the port file /nonexistent/dir/port"), "\(result.stderr)")
    }

    @Test("no file descriptor left for the signal pipe: exit 1 with a clear message (was a fatalError crash)")
    func noPipe() async throws {
        // How many descriptors the runtime holds before `run()` varies a little: try a few limits;
        // one of them leaves none for the pipe.
        var results: [(status: Int32, stdout: String, stderr: String)] = []
        for limit in 5...9 { results.append(try await SandboxProcess.runToExit(["--port", "0", "--tickets", "5"], fileLimit: limit)) }
        // (At the lowest limits the runtime's own threads may trap too; the message and the status still hold.)
        let pipeFailures = results.filter { $0.stderr.contains("assembla-sandbox: cannot create a pipe to wait for signals") }
        #expect(!pipeFailures.isEmpty, "\(results.map(\.stderr))")
        #expect(pipeFailures.allSatisfy { $0.status == 1 }, "\(pipeFailures)")
        #expect(pipeFailures.contains { $0.stderr.hasPrefix("assembla-sandbox: ") && !$0.stderr.contains("Signal") }, "\(pipeFailures)")
    }
}
