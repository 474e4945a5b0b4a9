import ArgumentParser
import AssemblaSandbox
import Foundation

/// `assembla-sandbox`: runs the Assembla-compatible sandbox server alone until SIGINT/SIGTERM.
@main
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assembla-sandbox",
        abstract: "Serve an Assembla-compatible v1 API with seeded data on loopback.",
        discussion: """
            The first line printed is `listening on http://127.0.0.1:PORT`; then the credentials \
            it accepts, as `export` lines to paste into a shell. With --port-file the port is also \
            written to a file, atomically, once the server listens (for scripts and tests). Stops \
            cleanly on Ctrl-C or SIGTERM.
            """)

    @Option(help: "Port to listen on (0 picks a free one).")
    var port: Int = 0

    @Option(help: "Address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "Number of tickets in Big Project.")
    var tickets: Int = 400

    @Option(name: .customLong("latency-ms"), help: "Delay added to every request, in milliseconds.")
    var latencyMilliseconds: Int = 0

    @Option(name: .customLong("max-per-page"),
            help: "Largest page any list serves: a bigger per_page (or default page size) is cut down to it.")
    var maxPerPage: Int = 100

    @Option(name: .customLong("fault-rate"), help: "Fraction of requests (0…1) answered with a fault.")
    var faultRate: Double = 0

    @Option(help: "Comma-separated faults: tooManyRequests,serverError,serviceUnavailable,connectionReset,truncatedBody.")
    var faults: String?

    @Option(name: .customLong("fault-seed"), help: "Seed of the fault schedule.")
    var faultSeed: UInt64 = 42

    @Option(name: .customLong("retry-after"), help: "Retry-After seconds sent with injected 429s.")
    var retryAfter: Int = 1

    @Option(name: .customLong("request-log"),
            help: "File to append one line per answered request to: `METHOD /path?query STATUS`.")
    var requestLog: String?

    @Option(name: .customLong("port-file"),
            help: "File to write the port to (one line) once listening; it appears whole or not at all.")
    var portFile: String?

    @Option(help: "API key accepted for user alice.")
    var key: String = SandboxCredentials.owner.key

    @Option(help: "API secret accepted for user alice.")
    var secret: String = SandboxCredentials.owner.secret

    @Option(help: "Bearer token accepted for user alice.")
    var token: String = SandboxCredentials.owner.token

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535, got \(port).") }
        guard tickets >= 0 else { throw ValidationError("--tickets must be 0 or more, got \(tickets).") }
        guard latencyMilliseconds >= 0 else { throw ValidationError("--latency-ms must be 0 or more.") }
        guard maxPerPage >= 1 else { throw ValidationError("--max-per-page must be 1 or more, got \(maxPerPage).") }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1, got \(faultRate).") }
        _ = try parsedFaults()
    }

    private func parsedFaults() throws -> [SandboxFault] {
        guard let faults else { return SandboxFault.allCases }
        return try faults.split(separator: ",").map { name in
            guard let fault = SandboxFault(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                let known = SandboxFault.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown fault '\(name)'; known: \(known).")
            }
            return fault
        }
    }

    func run() async throws {
        var config = SandboxConfiguration()
        config.host = host
        config.port = port
        config.ticketCount = tickets
        config.latency = .milliseconds(latencyMilliseconds)
        config.maxPerPage = maxPerPage
        config.faultRate = faultRate
        config.faults = try parsedFaults()
        config.faultSeed = faultSeed
        config.retryAfterSeconds = retryAfter
        config.credentials = SandboxCredentials(key: key, secret: secret, token: token)
        config.requestLogPath = requestLog

        let signals: SignalWaiter
        let server: SandboxServer
        do {
            signals = try SignalWaiter(signals: [SIGINT, SIGTERM])
            server = try await SandboxServer.start(config)
        } catch {
            Self.fail("\(error)")
        }
        if let portFile {
            do {
                try PortFile.write(server.port, to: portFile)
            } catch {
                await server.stop()
                Self.fail("cannot write the port file \(portFile): \(error.localizedDescription)")
            }
        }
        let url = server.baseURL.absoluteString
        let watcher = config.watcherCredentials
        let banner = """
            listening on \(url)
            export ASSEMBLA_URL=\(url) ASSEMBLA_API_KEY=\(key) ASSEMBLA_API_SECRET=\(secret)
            # or: export ASSEMBLA_URL=\(url) ASSEMBLA_TOKEN=\(token)
            # watcher (read-only in Big Project): ASSEMBLA_API_KEY=\(watcher.key) ASSEMBLA_API_SECRET=\(watcher.secret)
            # Big Project: \(tickets) tickets; latency \(latencyMilliseconds) ms; fault rate \(faultRate); \
            at most \(maxPerPage) per page. Ctrl-C stops.
            """
        // Written straight to the file descriptor: nothing is left in a buffer when stdout is a pipe.
        FileHandle.standardOutput.write(Data((banner + "\n").utf8))
        let received = await signals.next()
        await server.stop()
        FileHandle.standardError.write(Data("assembla-sandbox: stopped (signal \(received))\n".utf8))
    }

    /// Prints `assembla-sandbox: MESSAGE` to standard error and exits with status 1.
    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("assembla-sandbox: \(message)\n".utf8))
        Self.exit(withError: ExitCode.failure)
    }
}
