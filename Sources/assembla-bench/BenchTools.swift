import ArgumentParser
import AssemblaSandbox
import Foundation

/// The programs measured from outside and how they reach a sandbox: the built `assembla`
/// binary, the original Python wrapper in its virtualenv, `curl` and `/usr/bin/time`.
struct BenchTools: ParsableArguments {
    @Option(help: "The `assembla` binary to measure (a release build).")
    var assembla = ".build/release/assembla"

    @Option(help: "A Python with `assembla==2.8.0` installed (scripts/bench makes one).")
    var python = ".build/bench-venv/bin/python"

    @Option(help: "The Python wrapper's side of each statement and example.")
    var wrapper = "scripts/bench.d/wrapper.py"

    @Option(help: "The example scripts.")
    var examples = "scripts/examples"

    @Option(help: "curl, for the floor.")
    var curl = "/usr/bin/curl"

    @Option(help: "GNU time, for peak RSS.")
    var time = "/usr/bin/time"

    @Flag(help: "A smaller, single-run version of every row, for smoke-testing.")
    var quick = false

    /// Checks every program exists before anything starts.
    func checkInstalled(_ paths: [String]) throws {
        for path in paths where !FileManager.default.isExecutableFile(atPath: path) {
            throw BenchError.missingTool("not found or not executable: \(path) (scripts/bench builds and installs what is needed)")
        }
    }

    /// A program, its arguments and the environment it needs to reach a sandbox.
    struct Invocation {
        var executable: String
        var arguments: [String]
        var environment: [String: String]

        /// The same run under `/usr/bin/time -v` (or another wrapper program).
        func under(_ wrapper: String, _ wrapperArguments: [String]) -> Invocation {
            Invocation(executable: wrapper, arguments: wrapperArguments + [executable] + arguments, environment: environment)
        }

        func run() async throws -> ChildProcess {
            try await ChildProcess.run(executable, arguments, environment: environment)
        }
    }

    /// `assembla --url URL ARGUMENTS` with the sandbox owner's key and secret in the environment;
    /// hints kept in `cache` (`$XDG_CACHE_HOME`) when given, else in a fresh directory per run
    /// (a first run).
    func assemblaInvocation(_ server: SandboxServer, _ arguments: [String], cache: URL? = nil) -> Invocation {
        var environment = ["ASSEMBLA_API_KEY": SandboxCredentials.owner.key, "ASSEMBLA_API_SECRET": SandboxCredentials.owner.secret]
        if let cache { environment["XDG_CACHE_HOME"] = cache.path }
        return Invocation(executable: assembla, arguments: ["--url", server.baseURL.absoluteString] + arguments, environment: environment)
    }

    /// `python wrapper.py NAME` pointed at the sandbox.
    func wrapperInvocation(_ server: SandboxServer, _ name: String) -> Invocation {
        Invocation(executable: python, arguments: [wrapper, name], environment: [
            "SANDBOX_URL": server.baseURL.absoluteString,
            "SANDBOX_KEY": SandboxCredentials.owner.key, "SANDBOX_SECRET": SandboxCredentials.owner.secret,
        ])
    }

    func runAssembla(_ server: SandboxServer, _ arguments: [String]) async throws -> ChildProcess {
        try await assemblaInvocation(server, arguments).run()
    }

    func runWrapper(_ server: SandboxServer, _ name: String) async throws -> ChildProcess {
        try await wrapperInvocation(server, name).run()
    }

    /// The statement that reads every ticket of Big Project.
    static let countStatement = #"space "Big Project" | tickets | count"#

    /// Starts a sandbox with `tickets` tickets in Big Project and `latency` per request.
    static func sandbox(tickets: Int, latencyMilliseconds: Int = 0) async throws -> SandboxServer {
        var configuration = SandboxConfiguration()
        configuration.ticketCount = tickets
        configuration.latency = .milliseconds(latencyMilliseconds)
        return try await SandboxServer.start(configuration)
    }

    /// Runs `body` with an empty directory to pass as a cache (`assemblaInvocation(…, cache:)`),
    /// kept from one run to the next so a later run has the hints an earlier one left;
    /// removed afterwards.
    static func withCacheDirectory<T>(_ body: (URL) async throws -> T) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("assembla-bench-hints-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        return try await body(directory)
    }

    /// Runs `body` with a fresh sandbox and stops it afterwards, whatever happens.
    static func withSandbox<T>(tickets: Int, latencyMilliseconds: Int = 0, _ body: (SandboxServer) async throws -> T) async throws -> T {
        let server = try await sandbox(tickets: tickets, latencyMilliseconds: latencyMilliseconds)
        do {
            let result = try await body(server)
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
