import Assembla
import AssemblaSandbox
import Foundation
@testable import AssemblaQuery
import Testing

/// `space NAME | SOURCE`: with the spaces list remembered by an earlier run, the source's
/// reads start alongside the live spaces read instead of after it — and are used only when
/// the live space is identical to the remembered one, so a stale list never changes an answer.
@Suite("Early start from remembered spaces")
struct EarlyStartTests {
    /// Holds back the answer to `GET /v1/spaces` until a ticket request was sent (as a
    /// statement that starts its ticket reads early does), letting it through after ~2 s
    /// otherwise; notes which came first.
    final class SpacesGate: AssemblaMiddleware {
        private let state = State()

        func intercept(_ request: HTTPRequest,
                       next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            if request.path.contains("/tickets") { await state.ticketSent() }
            let response = try await next(request)
            if request.path == "/v1/spaces" {
                var waited = 0
                while await !state.sawTicket, waited < 200 {
                    waited += 1
                    try await Task.sleep(for: .milliseconds(10))
                }
                await state.spacesAnswered()
            }
            return response
        }

        /// Whether a ticket request was sent before the spaces list was answered.
        var ticketsFirst: Bool? { get async { await state.ticketsFirst } }

        actor State {
            var sawTicket = false
            var ticketsFirst: Bool?
            func ticketSent() { sawTicket = true }
            func spacesAnswered() { if ticketsFirst == nil { ticketsFirst = sawTicket } }
        }
    }

    /// Holds every ticket request for up to ~3 s, noting whether it was cancelled meanwhile
    /// (as a statement interrupted by Ctrl-C or its deadline cancels it) or let through.
    final class TicketHold: AssemblaMiddleware {
        private let state = State()

        func intercept(_ request: HTTPRequest,
                       next: @Sendable (HTTPRequest) async throws -> HTTPResponse) async throws -> HTTPResponse {
            guard request.path.contains("/tickets") else {
                let response = try await next(request)
                if request.path == "/v1/spaces" { await state.spacesAnswered() }
                return response
            }
            await state.held()
            for _ in 0..<300 {
                do {
                    try await Task.sleep(for: .milliseconds(10))
                } catch {
                    await state.cancelled()
                    throw error
                }
            }
            await state.released()
            return try await next(request)
        }

        var counts: (held: Int, cancelled: Int, released: Int, spaces: Bool) {
            get async { await (state.heldCount, state.cancelledCount, state.releasedCount, state.spaces) }
        }

        actor State {
            var heldCount = 0, cancelledCount = 0, releasedCount = 0
            var spaces = false
            func held() { heldCount += 1 }
            func cancelled() { cancelledCount += 1 }
            func released() { releasedCount += 1 }
            func spacesAnswered() { spaces = true }
        }
    }

    /// A hint file in a directory of its own, removed afterwards.
    final class HintFile: @unchecked Sendable {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("early-\(UUID().uuidString.prefix(8))")
        var url: URL { directory.appendingPathComponent("hints.json") }
        deinit { try? FileManager.default.removeItem(at: directory) }

        /// Edits the remembered spaces list as text (ids swapped, a description changed…).
        func edit(_ change: (String) -> String) throws {
            let text = try String(contentsOf: url, encoding: .utf8)
            try change(text).write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Runs `source` in a new session over `server` whose client keeps hints in `file`; its
    /// output, or the failure's text.
    private static func run(_ source: String, _ server: SandboxServer, hints file: HintFile?,
                            gate: SpacesGate? = nil) async -> String {
        await runCollecting(source, server, hints: file, gate: gate).output
    }

    /// Runs `source` like `run`; its output (or failure) and what it wrote to standard error.
    private static func runCollecting(_ source: String, _ server: SandboxServer, hints file: HintFile?,
                                      gate: SpacesGate? = nil, arguments: [String] = []) async -> (output: String, errors: String) {
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                  baseURL: server.baseURL)
        configuration.hints = file.map { HintStore(file: $0.url) }
        configuration.middlewares = gate.map { [$0] } ?? []
        let session = Session(client: AssemblaClient(configuration: configuration),
                              options: SessionOptions(arguments: arguments, pushdown: true))
        let collected = SandboxHarness.Collected()
        session.output = { collected.append($0) }
        session.errorOutput = { collected.appendError($0) }
        if case .failed(let failure) = await session.run(source: source, origin: .commandLine) {
            return (failure.rendered, collected.errors)
        }
        return (collected.output, collected.errors)
    }

    private static var sixHundred: SandboxConfiguration {
        var configuration = SandboxConfiguration()
        configuration.ticketCount = 600
        return configuration
    }

    private static let bigProjectDescription = "The main product: a large backlog with history."

    @Test("with the list remembered, the ticket pages are asked for before the spaces list answers, at the same cost")
    func startsEarly() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            #expect(await Self.run("space \"Big Project\" | tickets | count", h.server, hints: file) == "600\n")
            for statement in ["space \"Big Project\" | tickets | count", "space big-project | ticket 201 | get status_name"] {
                await h.server.resetRequestLog()
                let gate = SpacesGate()
                let answer = await Self.run(statement, h.server, hints: file, gate: gate)
                #expect(answer == (statement.hasSuffix("count") ? "600\n" : "Test\n"))
                #expect(await gate.ticketsFirst == true, "\(statement): the reads started with the spaces list")
                let paths = await h.requests().map(\.path)
                #expect(paths.filter { $0 == "/v1/spaces" }.count == 1)
                #expect(paths.count == (statement.hasSuffix("count") ? 8 : 2), "the same requests as without hints: \(paths)")
            }
            await h.server.resetRequestLog()
            let explained = await Self.run("explain space \"Big Project\" | tickets | count", h.server, hints: file)
            let id = try await AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: h.server.baseURL)
                .space(named: "Big Project").id
            #expect(explained.contains("early    stage 2 starts with this request, on \"Big Project\" (id \(id)) as an earlier run remembered it"),
                    "\(explained)")
            #expect(explained.contains("GET /v1/spaces/\(id)/tickets?report=0"), "\(explained)")
            #expect(await Self.run("explain space \"Big Project\" | tickets | count", h.server, hints: nil).contains("early") == false)
            // A name given as a script argument: explain says what the evaluator does.
            let byArgument = await Self.runCollecting("explain space $1 | tickets | count", h.server, hints: file,
                                                      arguments: ["Big Project"])
            #expect(byArgument.output.contains("early    stage 2 starts with this request, on \"Big Project\""), "\(byArgument.output)")
            let gate = SpacesGate()
            #expect(await Self.run("space \"Big Project\" | tickets | count", h.server, hints: nil, gate: gate) == "600\n")
            #expect(await gate.ticketsFirst == false, "without hints the tickets wait for the spaces list")
        }
    }

    @Test("a remembered id that now belongs to another space: the early reads are dropped, the answer is the live space's")
    func swappedIDs() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            _ = await Self.run("spaces | count", h.server, hints: file)
            let client = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: h.server.baseURL)
            let big = try await client.space(named: "Big Project").id
            let mobile = try await client.space(named: "Mobile App").id
            try file.edit {
                $0.replacingOccurrences(of: big, with: "SWAP").replacingOccurrences(of: mobile, with: big)
                    .replacingOccurrences(of: "SWAP", with: mobile)
            }
            await h.server.resetRequestLog()
            #expect(await Self.run("space \"Big Project\" | tickets | count", h.server, hints: file) == "600\n")
            let paths = await h.requests().map(\.path)
            #expect(paths.contains { $0.hasPrefix("/v1/spaces/\(mobile)/tickets") }, "the early read of the wrong space ran: \(paths)")
            #expect(await Self.run("space \"Big Project\" | ticket 201 | get status_name", h.server, hints: file) == "Test\n")
            let warned = await Self.runCollecting("space \"Big Project\" | tickets assigned_to=\"Nobody Here\" | count", h.server, hints: file)
            #expect(warned.output == "0\n")
            #expect(warned.errors.components(separatedBy: "warning:").count == 2, "the dropped early run's warning is not printed: \(warned.errors)")
        }
    }

    @Test("an early stage's warnings are printed once, when it is used")
    func warningsOnce() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            _ = await Self.run("spaces | count", h.server, hints: file)
            let gate = SpacesGate()
            let warned = await Self.runCollecting("space \"Big Project\" | tickets assigned_to=\"Nobody Here\" | count", h.server,
                                                  hints: file, gate: gate)
            #expect(await gate.ticketsFirst == true)
            #expect(warned.output == "0\n")
            #expect(warned.errors.components(separatedBy: "warning:").count == 2, "\(warned.errors)")
            #expect(warned.errors.contains("Nobody Here"))
        }
    }

    @Test("a statement cancelled once its early stage is taken cancels that stage's requests: none goes on after it")
    func cancelledWhileAdopting() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            _ = await Self.run("spaces | count", h.server, hints: file)
            let hold = TicketHold()
            var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                      baseURL: h.server.baseURL)
            configuration.hints = HintStore(file: file.url)
            configuration.middlewares = [hold]
            let session = Session(client: AssemblaClient(configuration: configuration), options: SessionOptions(pushdown: true))
            let statement = Task { await session.run(source: "space \"Big Project\" | tickets | count", origin: .repl) }
            // The live spaces list answered and matched: the evaluator waits for the early stage.
            for _ in 0..<200 {
                let counts = await hold.counts
                if counts.spaces && counts.held > 0 { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            try await Task.sleep(for: .milliseconds(200))
            statement.cancel()
            _ = await statement.value
            for _ in 0..<500 {
                let counts = await hold.counts
                if counts.cancelled + counts.released == counts.held { break }
                try await Task.sleep(for: .milliseconds(10))
            }
            let counts = await hold.counts
            #expect(counts.held > 0 && counts.spaces)
            #expect(counts.released == 0, "ticket requests went on after the statement was cancelled: \(counts)")
        }
    }

    @Test("a remembered space whose record changed since: the early reads are dropped and read again")
    func changedRecord() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            _ = await Self.run("spaces | count", h.server, hints: file)
            try file.edit { $0.replacingOccurrences(of: Self.bigProjectDescription, with: "An older description.") }
            await h.server.resetRequestLog()
            let output = await Self.run("space \"Big Project\" | tickets | count", h.server, hints: file)
            #expect(output == "600\n")
            let pageOnes = await h.requests().filter { $0.path.hasSuffix("/tickets") && $0.query["page"] == "1" }
            #expect(pageOnes.count >= 2, "page 1 read early, dropped, and read again")
        }
    }

    @Test("a remembered name that no longer exists: the live list decides, with the usual error")
    func renamed() async throws {
        let file = HintFile()
        try await SandboxHarness.with(sandbox: Self.sixHundred) { h in
            _ = await Self.run("spaces | count", h.server, hints: file)
            try file.edit { $0.replacingOccurrences(of: "\"name\":\"Big Project\"", with: "\"name\":\"Old Project\"") }
            let failure = await Self.run("space \"Old Project\" | tickets | count", h.server, hints: file)
            let plain = await Self.run("space \"Old Project\" | tickets | count", h.server, hints: nil)
            #expect(failure == plain, "the same error as without hints")
            #expect(failure.contains("Old Project") && !failure.hasPrefix("600"), "\(failure)")
        }
    }
}
