import Assembla
import Foundation
import Testing

/// The `assembla-sandbox` binary built by the main package (or `ASSEMBLA_SANDBOX`), running on
/// an ephemeral loopback port until `stop()`; `extraArguments` are its options (`--tickets 2000`,
/// `--request-log FILE`, …).
///
/// The main package's tests share one helper (`Tests/TestSupport`, target
/// `SandboxProcessSupport`); this package cannot use it — it depends on the `Assembla` product
/// alone, and test support is no product — so it keeps these few lines. The port comes from the
/// binary's `--port-file`, written atomically once it listens; the binary is started through
/// ``SpawnedProcess`` (posix_spawn), not `Foundation.Process`.
struct SandboxProcess {
    let process: SpawnedProcess
    let baseURL: URL

    /// Starts the sandbox with `extraArguments` and waits for its port file.
    /// - Throws: ``SandboxFailure`` when there is no binary, or it exits or stays silent instead of listening.
    static func start(_ extraArguments: [String] = []) throws -> SandboxProcess {
        let binary = ProcessInfo.processInfo.environment["ASSEMBLA_SANDBOX"] ?? mainPackageRoot()
            .appendingPathComponent(".build/debug/assembla-sandbox").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw SandboxFailure(message: "no sandbox binary at \(binary): run `swift build` in the main package first")
        }
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent("consumer-sandbox-\(UUID().uuidString).port")
        defer { try? FileManager.default.removeItem(at: portFile) }
        let process = try SpawnedProcess.spawn(binary, ["--port", "0", "--port-file", portFile.path] + extraArguments)
        let deadline = Date().addingTimeInterval(120)  // a startup bound, not a timing assertion
        while Date() < deadline {
            if let text = try? String(contentsOf: portFile, encoding: .utf8),
               let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               let url = URL(string: "http://127.0.0.1:\(port)") {
                return SandboxProcess(process: process, baseURL: url)
            }
            guard process.isRunning else {
                throw SandboxFailure(message: "the sandbox exited before writing its port file (run \(binary) by hand to see why)")
            }
            usleep(10_000)
        }
        process.terminate()
        throw SandboxFailure(message: "the sandbox wrote no port to \(portFile.path) in 120 s")
    }

    /// A client with the sandbox's owner credentials, shaped by `configure`.
    func client(_ configure: (inout AssemblaConfiguration) -> Void = { _ in }) -> AssemblaClient {
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                  baseURL: baseURL)
        configure(&configuration)
        return AssemblaClient(configuration: configuration)
    }

    /// Stops the sandbox (SIGTERM) and waits until it has exited.
    func stop() {
        process.terminate()
    }

    /// Tests/ConsumerPackage/Tests/ConsumerTests/ → the main package's root.
    static func mainPackageRoot() -> URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }
}

struct SandboxFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
