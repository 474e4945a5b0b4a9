import AssemblaSandbox
import Foundation

/// Runs `assembla` in an isolated home, against a sandbox when one is given (its URL via
/// `--url`, its credentials via the environment, as a user would).
struct Shell {
    let home: TestHome
    var sandbox: SandboxServer?

    init(home: TestHome? = nil, sandbox: SandboxServer? = nil) throws {
        self.home = try home ?? TestHome()
        self.sandbox = sandbox
    }

    /// The environment with the sandbox's credentials (none without a sandbox).
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var variables: [String: String] = [:]
        if let sandbox {
            variables["ASSEMBLA_API_KEY"] = sandbox.configuration.credentials.key
            variables["ASSEMBLA_API_SECRET"] = sandbox.configuration.credentials.secret
            variables["ASSEMBLA_URL"] = sandbox.baseURL.absoluteString
        }
        return home.environment(variables.merging(extra) { _, new in new })
    }

    /// Runs `assembla ARGUMENTS` with `input` on stdin, in the home's work directory.
    func run(_ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]) async throws -> ShellResult {
        try await ShellRun.run(PackagePaths.binary("assembla"), arguments, input: input,
                               environment: environment(extra), directory: home.work)
    }
}

/// Starts sandboxes for tests (port 0, loopback).
enum Sandboxes {
    static func start(latency: Duration = .zero) async throws -> SandboxServer {
        var configuration = SandboxConfiguration()
        configuration.latency = latency
        return try await SandboxServer.start(configuration)
    }
}
