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

/// Sandboxes for tests (port 0, loopback), stopped when the test body ends.
enum Sandboxes {
    /// Runs `body` with a sandbox that answers after `latency`, then stops it.
    static func with<T>(latency: Duration = .zero, _ body: (SandboxServer) async throws -> T) async throws -> T {
        var configuration = SandboxConfiguration()
        configuration.latency = latency
        return try await with(configuration, body)
    }

    /// Runs `body` with a sandbox started from `configuration`, then stops it.
    static func with<T>(_ configuration: SandboxConfiguration, _ body: (SandboxServer) async throws -> T) async throws -> T {
        let sandbox = try await SandboxServer.start(configuration)
        do {
            let result = try await body(sandbox)
            await sandbox.stop()
            return result
        } catch {
            await sandbox.stop()
            throw error
        }
    }
}
