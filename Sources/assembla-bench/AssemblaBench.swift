import ArgumentParser
import Assembla
import AssemblaSandbox
import Foundation

/// Measures reading every ticket of a large sandbox space: one page at a time, with
/// bounded concurrency, and again from the cache; prints a table.
@main
struct AssemblaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assembla-bench",
        abstract: "Benchmark the Assembla client against a loopback sandbox.",
        discussion: "Starts a sandbox with --tickets tickets and --latency-ms per request, then reads them all.")

    @Option(help: "Tickets in the benchmark space.")
    var tickets = 10_000

    @Option(name: .customLong("latency-ms"), help: "Latency the sandbox adds to every request, in milliseconds.")
    var latencyMilliseconds = 20

    @Option(help: "Requests in flight for the concurrent run.")
    var concurrency = 6

    @Option(help: "Repetitions of each run (the fastest is reported).")
    var repeats = 3

    @Option(help: "Print the language's request counts per statement (issue 9's table and scripts/examples/*.asm in DIR) and exit.")
    var requestsFor: String?

    @Flag(help: "With --requests-for: read every list whole and filter locally (pushdown off).")
    var noPushdown = false

    mutating func run() async throws {
        if let requestsFor {
            try await PlannerRequestCounts.run(examples: URL(fileURLWithPath: requestsFor), pushdown: !noPushdown)
            return
        }
        var sandboxConfiguration = SandboxConfiguration()
        sandboxConfiguration.ticketCount = tickets
        sandboxConfiguration.latency = .milliseconds(latencyMilliseconds)
        let server = try await SandboxServer.start(sandboxConfiguration)
        print("sandbox: \(tickets) tickets, \(latencyMilliseconds) ms latency per request, \(server.baseURL.absoluteString)")
        do {
            let concurrency = concurrency
            var rows: [BenchRow] = []
            rows.append(try await best(of: repeats) { try await Self.read(server, concurrency: 1, label: "sequential (1 in flight)") })
            rows.append(try await best(of: repeats) {
                try await Self.read(server, concurrency: concurrency, label: "concurrent (\(concurrency) in flight)")
            })
            rows.append(try await best(of: repeats) { try await Self.cachedReread(server, concurrency: concurrency) })
            rows.append(try await best(of: repeats) { try await Self.decodeOnly(server) })
            print(BenchRow.table(rows))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func best(of count: Int, _ run: () async throws -> BenchRow) async throws -> BenchRow {
        var fastest = try await run()
        for _ in 1..<max(1, count) {
            let row = try await run()
            if row.seconds < fastest.seconds { fastest = row }
        }
        return fastest
    }

    static func client(_ server: SandboxServer, concurrency: Int, counter: ByteCountingTransport) -> AssemblaClient {
        let configuration = AssemblaConfiguration(
            credentials: .apiKey(key: SandboxCredentials.owner.key, secret: SandboxCredentials.owner.secret),
            baseURL: server.baseURL, maxConcurrentRequests: concurrency, transport: counter)
        return AssemblaClient(configuration: configuration)
    }

    static func read(_ server: SandboxServer, concurrency: Int, label: String) async throws -> BenchRow {
        let counter = ByteCountingTransport(wrapping: URLSessionTransport(maxConnectionsPerHost: concurrency + 2))
        let assembla = client(server, concurrency: concurrency, counter: counter)
        let space = try await assembla.space(named: "Big Project")
        await counter.reset()
        let clock = ContinuousClock()
        let start = clock.now
        let tickets = try await space.tickets()
        return await BenchRow(label: label, elapsed: clock.now - start, counter: counter, items: tickets.count)
    }

    static func cachedReread(_ server: SandboxServer, concurrency: Int) async throws -> BenchRow {
        let counter = ByteCountingTransport(wrapping: URLSessionTransport(maxConnectionsPerHost: concurrency + 2))
        let assembla = client(server, concurrency: concurrency, counter: counter)
        let space = try await assembla.space(named: "Big Project")
        _ = try await space.tickets()
        await counter.reset()
        let clock = ContinuousClock()
        let start = clock.now
        let tickets = try await space.tickets()
        return await BenchRow(label: "cached re-read", elapsed: clock.now - start, counter: counter, items: tickets.count)
    }

    /// Decoding alone: the bodies of every page, fetched once, decoded again in memory.
    static func decodeOnly(_ server: SandboxServer) async throws -> BenchRow {
        let recorder = ByteCountingTransport(wrapping: URLSessionTransport(), keepBodies: true)
        let assembla = client(server, concurrency: 6, counter: recorder)
        let space = try await assembla.space(named: "Big Project")
        await recorder.reset()
        _ = try await space.tickets()
        let bodies = await recorder.bodies.filter { !$0.isEmpty }
        let decoder = JSONResponseDecoder()
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        for body in bodies { count += try decoder.decode([Ticket].self, from: body).count }
        let elapsed = clock.now - start
        return BenchRow(label: "decode only (JSONDecoder)", seconds: elapsed.seconds, requests: 0,
                        bytes: bodies.reduce(0) { $0 + $1.count }, items: count)
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
