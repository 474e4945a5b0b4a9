import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import AssemblaSandbox

/// Runs the built `assembla-sandbox` binary (`.build/debug/`, built by `swift build --build-tests`).
@Suite("assembla-sandbox executable")
struct ExecutableTests {
    static let binary: URL = Recordings.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/assembla-sandbox")

    /// Starts the binary with `arguments`; returns the process, its stdout's first line and the stderr pipe.
    static func launch(_ arguments: [String]) throws -> (Process, String, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        return (process, String(decoding: line, as: UTF8.self), errors)
    }

    @Test("prints `listening on URL` first, serves the seeded data, and exits 0 on SIGTERM and SIGINT",
          arguments: [SIGTERM, SIGINT])
    func serveAndStop(signal: Int32) async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build it first: swift build --build-tests")
        let (process, first, errors) = try Self.launch(["--port", "0", "--tickets", "50", "--key", "k", "--secret", "s"])
        let match = try #require(first.wholeMatch(of: /listening on http:\/\/127\.0\.0\.1:(\d+)/), "first line: \(first)")
        let port = try #require(Int(match.1))
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/spaces/big-project/tickets.json?per_page=100")!)
        request.setValue("k", forHTTPHeaderField: "X-Api-Key")
        request.setValue("s", forHTTPHeaderField: "X-Api-Secret")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        guard case .array(let tickets)? = JSONValue.parse(data) else {
            Issue.record("not a ticket list")
            return
        }
        #expect(tickets.count == 50)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(!isListening(port: port))
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.contains("stopped"))
    }

    @Test("--host ::1 listens on the IPv6 loopback and prints a bracketed URL (was a force-unwrap crash)")
    func ipv6Host() async throws {
        let (process, first, _) = try Self.launch(["--host", "::1", "--port", "0", "--tickets", "5"])
        defer {
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
        }
        #expect(first.wholeMatch(of: /listening on http:\/\/\[::1\]:\d+/) != nil, "first line: \(first)")
        #expect(process.isRunning)
    }

    @Test("invalid options exit 64 with one clear error", arguments: [
        ["--fault-rate", "2"], ["--faults", "meteor"], ["--port", "70000"], ["--tickets", "-1"], ["--max-per-page", "0"],
    ])
    func invalidOptions(arguments: [String]) throws {
        let (process, first, errors) = try Self.launch(arguments)
        process.waitUntilExit()
        #expect(first.isEmpty)
        #expect(process.terminationStatus == 64)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stderr.hasPrefix("Error: "))
    }
}
