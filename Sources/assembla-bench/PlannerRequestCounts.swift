import Assembla
import AssemblaQuery
import AssemblaSandbox
import Foundation

/// Requests each statement costs through the language (counted by the sandbox's request
/// log, in a fresh session): issue 9's table on a 600-ticket space, then every statement of
/// `scripts/examples/*.asm` on the default sandbox.
enum PlannerRequestCounts {
    /// Issue 9's table: the statement and the budget ("needed").
    static let table: [(statement: String, budget: String)] = [
        ("space \"Big Project\" | ticket 201 | get status_name", "2"),
        ("space \"Big Project\" | tickets | count", "spaces + pages (1 + 7)"),
        ("space \"Big Project\" | tickets | first 5", "≤ 3"),
        ("space \"Big Project\" | tickets | first 5 | select number summary", "≤ 3"),
        ("space \"Big Project\" | tickets | sort updated_at desc | first 10", "≤ 4"),
        ("stream since=-24h | count", "≤ 3"),
    ]

    /// Prints both tables.
    static func run(examples directory: URL, pushdown: Bool) async throws {
        var configuration = SandboxConfiguration()
        configuration.ticketCount = 600
        let server = try await SandboxServer.start(configuration)
        print("requests per statement, 600-ticket space, fresh session each (pushdown \(pushdown ? "on" : "off"))")
        print("| statement | requests | needed |\n|---|---|---|")
        for (statement, budget) in table {
            let count = try await requests(statement, server: server, pushdown: pushdown)
            print("| `\(statement.replacingOccurrences(of: "|", with: "\\|"))` | \(count) | \(budget) |")
        }
        await server.stop()

        let examples = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".asm") }.sorted()
        let plain = try await SandboxServer.start(SandboxConfiguration())
        print("\nrequests per example script (default sandbox, one session per script, cache on)")
        print("| script | statements | requests |\n|---|---|---|")
        for name in examples {
            let source = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let statements = source.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if source.contains("| set ") || source.contains("create ") || source.contains("| delete") { continue }
            let count = try await requests(source, server: plain, pushdown: pushdown)
            print("| \(name) | \(statements.count) | \(count) |")
        }
        await plain.stop()
    }

    private static func requests(_ source: String, server: SandboxServer, pushdown: Bool) async throws -> Int {
        let client = AssemblaClient(credentials: .apiKey(key: SandboxCredentials.owner.key, secret: SandboxCredentials.owner.secret),
                                    baseURL: server.baseURL)
        let session = Session(client: client, options: SessionOptions(pushdown: pushdown))
        session.output = { _ in }
        await server.resetRequestLog()
        if case .failed(let failure) = await session.run(source: source, origin: .commandLine) {
            print("  (failed: \(failure.rendered.split(separator: "\n").first ?? ""))")
        }
        return await server.requests().count
    }
}
