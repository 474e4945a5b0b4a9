import ArgumentParser
import Assembla
import AssemblaSandbox
import Foundation

/// Measures the library (no process start, no language): reading every ticket of a large
/// sandbox space one page at a time, with bounded concurrency, again from the cache, and
/// decoding alone; prints a table.
struct LibraryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Benchmark the Assembla library against a loopback sandbox.",
        discussion: "Starts a sandbox with --tickets tickets and --latency-ms per request, then reads them all.")

    @Option(help: "Tickets in the benchmark space (--quick: 1,000).")
    var tickets = 10_000

    @Option(name: .customLong("latency-ms"), help: "Latency the sandbox adds to every request, in milliseconds.")
    var latencyMilliseconds = 20

    @Option(help: "Requests in flight for the concurrent run.")
    var concurrency = 6

    @Option(help: "Repetitions of each run (the fastest is reported; --quick: 1).")
    var repeats = 3

    @Flag(help: "1,000 tickets, one run.")
    var quick = false

    mutating func run() async throws {
        print(try await table())
    }

    /// The section: a caption and the table.
    func table() async throws -> String {
        let tickets = quick ? 1_000 : tickets
        let repeats = quick ? 1 : repeats
        let caption = """
            The library alone (`AssemblaClient` in the benchmark's process): all \(Format.count(tickets)) tickets of Big Project \
            through \(latencyMilliseconds) ms of latency per request, fastest of \(repeats).
            """
        let concurrency = concurrency
        let rows = try await BenchTools.withSandbox(tickets: tickets, latencyMilliseconds: latencyMilliseconds) { server in
            [
                try await best(of: repeats) { try await Self.read(server, concurrency: 1, label: "sequential (1 in flight)") },
                try await best(of: repeats) {
                    try await Self.read(server, concurrency: concurrency, label: "concurrent (\(concurrency) in flight)")
                },
                try await best(of: repeats) { try await Self.cachedReread(server, concurrency: concurrency) },
                try await best(of: repeats) { try await Self.decodeOnly(server) },
            ]
        }
        return [caption, "", BenchRow.table(rows)].joined(separator: "\n")
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
