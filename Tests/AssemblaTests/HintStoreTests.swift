@testable import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// Hints from earlier runs (``HintStore``): kept privately on disk, they let a whole read ask
/// for every page its list had at once — and a stale one never changes an answer.
@Suite("Hints from earlier runs")
struct HintStoreTests {
    /// A fresh hint file in a directory of its own, removed afterwards.
    final class HintFile: @unchecked Sendable {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hints-\(UUID().uuidString.prefix(8))")
        var url: URL { directory.appendingPathComponent("cache/assembla/hints/server.json") }
        deinit { try? FileManager.default.removeItem(at: directory) }
    }

    /// Holds back the answer to ticket page 1 until page `until` was asked for too (as a
    /// read starting with that many pages does), letting it through after ~2 s otherwise
    /// and noting that it starved.
    final class FirstRoundGate: HTTPTransport {
        private let base = URLSessionTransport()
        private let state = State()
        let until: Int

        init(until: Int) { self.until = until }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let page = request.path.hasSuffix("/tickets") ? request.query.first { $0.name == "page" }?.value.flatMap { Int($0) } : nil
            await state.sent(page)
            if page == 1 {
                var waited = 0
                while await !state.has(until) {
                    waited += 1
                    if waited > 200 {
                        await state.starve()
                        break
                    }
                    try await Task.sleep(for: .milliseconds(10))
                }
            }
            return try await base.send(request)
        }

        var starved: Bool { get async { await state.starved } }
        var pages: [Int] { get async { await state.pages } }

        actor State {
            var pages: [Int] = []
            var starved = false
            func sent(_ page: Int?) { if let page { pages.append(page) } }
            func has(_ page: Int) -> Bool { pages.contains(page) }
            func starve() { starved = true }
        }
    }

    private static func configure(_ tickets: Int) -> (inout SandboxConfiguration) -> Void {
        { $0.ticketCount = tickets }
    }

    /// Every ticket of Big Project, read whole.
    private static func readAll(_ client: AssemblaClient) async throws -> Int {
        let space = try await client.space(named: "Big Project")
        return try await space.ticketPages(TicketFilter(), intent: .whole).collect().count
    }

    @Test("a client with hints remembers the spaces list and each list's end for the next client; without, nothing")
    func remembers() async throws {
        let file = HintFile()
        try await Sandbox.run(Self.configure(600), client: { $0.hints = HintStore(file: file.url) }) { server, client in
            #expect(await client.rememberedSpaces() == nil, "nothing remembered before the first read")
            #expect(try await Self.readAll(client) == 600)
            #expect(!FileManager.default.fileExists(atPath: file.url.path), "written by flush(), not by every read")
            client.hints?.flush()
            let next = AssemblaClient(configuration: AssemblaConfiguration(baseURL: server.baseURL, hints: HintStore(file: file.url)))
            let remembered = try #require(await next.rememberedSpaces())
            #expect(remembered.map(\.name) == (try await client.spaces()).map(\.name))
            let plain = AssemblaClient(configuration: AssemblaConfiguration(baseURL: server.baseURL))
            #expect(await plain.rememberedSpaces() == nil)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: file.url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "the file is the owner's alone")
        let folder = try FileManager.default.attributesOfItem(atPath: file.url.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let text = try String(contentsOf: file.url, encoding: .utf8)
        #expect(!text.contains("sandbox-secret") && !text.contains("sandbox-key"), "no credentials in the file")
    }

    @Test("with the list's end remembered, a whole read asks for every page at once and for none past the end")
    func firstRoundAskForEveryPage() async throws {
        let file = HintFile()
        try await Sandbox.run(Self.configure(600), client: { $0.hints = HintStore(file: file.url) }) { server, client in
            #expect(try await Self.readAll(client) == 600)
            client.hints?.flush()
            func gated(hints: HintStore?) async throws -> FirstRoundGate {
                let gate = FirstRoundGate(until: 6)
                var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                          baseURL: server.baseURL, transport: gate)
                configuration.hints = hints
                #expect(try await Self.readAll(AssemblaClient(configuration: configuration)) == 600)
                return gate
            }
            let warm = try await gated(hints: HintStore(file: file.url))
            #expect(await !warm.starved, "pages 1–6 were asked for before page 1's answer")
            #expect(await warm.pages.sorted() == Array(1...7), "6 full pages and the empty 7th, nothing past it")
            let cold = try await gated(hints: nil)
            #expect(await cold.starved, "without hints the read learns the page size from page 1 first")
        }
    }

    @Test("with the list's end remembered, the window slides from the first page: no page waits for a batch, none past the end")
    func slidesAtOnce() async throws {
        let file = HintFile()
        let tickets = 2_000
        try await Sandbox.run(Self.configure(tickets), client: { $0.hints = HintStore(file: file.url) }) { server, client in
            #expect(try await Self.readAll(client) == tickets)
            client.hints?.flush()
            // Pages within 5 of the end have no page 6 after them to wait for.
            let gate = PageWindowTests.WindowGate(window: 6, gatedFrom: 1, gatedThrough: tickets / 100 + 1 - 5)
            var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                      baseURL: server.baseURL, transport: gate)
            configuration.hints = HintStore(file: file.url)
            let space = try await AssemblaClient(configuration: configuration).space(named: "Big Project")
            await server.resetRequestLog()
            #expect(try await space.ticketPages(TicketFilter(), intent: .whole).collect().map(\.number) == Array(1...tickets))
            let starved = await gate.starved
            #expect(starved.isEmpty, "pages answered only after a batch boundary: \(starved)")
            let sent = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(TicketIdentityTests.pages(sent) == Array(1...(tickets / 100 + 1)), "the pages and the empty one, nothing past it")
        }
    }

    @Test("a list that grew or shrank since it was remembered is still read whole and exactly", arguments: [(150, 600), (600, 150)])
    func staleLengths(before: Int, after: Int) async throws {
        let file = HintFile()
        var firstID = ""
        try await Sandbox.run(Self.configure(before), client: { $0.hints = HintStore(file: file.url) }) { _, client in
            #expect(try await Self.readAll(client) == before)
            firstID = try await client.space(named: "Big Project").id
            client.hints?.flush()
        }
        try await Sandbox.run(Self.configure(after), client: { $0.hints = HintStore(file: file.url) }) { server, client in
            try #require(try await client.space(named: "Big Project").id == firstID, "the hint applies: same seeded space id")
            await server.resetRequestLog()
            #expect(try await Self.readAll(client) == after)
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(firstID)/tickets").count
            let needed = after / 100 + 1
            #expect(pages >= needed && pages <= needed + 5, "\(pages) page requests for \(after) tickets")
        }
    }

    @Test("a page size remembered from a server that served longer pages never ends a list early")
    func stalePageSize() async throws {
        let file = HintFile()
        try await Sandbox.run(Self.configure(150), client: { $0.hints = HintStore(file: file.url) }) { _, client in
            let count = try await Self.readAll(client)
            #expect(count == 150, "pages of 100 remembered")
            client.configuration.hints?.flush()
        }
        // The same server now serves 50 items a page (or another server on the same host and port).
        try await Sandbox.run({ $0.ticketCount = 150; $0.maxPerPage = 50 }, client: { $0.hints = HintStore(file: file.url) }) { _, client in
            let count = try await Self.readAll(client)
            #expect(count == 150, "a short page 1 is checked, not taken for the end")
        }
    }

    @Test("a hint directory that already exists open to others is narrowed to the owner before the file is written")
    func existingOpenDirectory() async throws {
        let file = HintFile()
        let folder = file.url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try await Sandbox.run(client: { $0.hints = HintStore(file: file.url) }) { _, client in
            let spaces = try await client.spaces()
            #expect(spaces.count == 4)
            client.configuration.hints?.flush()
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700,
                "the file is written (as 0644 first, then narrowed) in a directory only its owner can enter")
        let written = try FileManager.default.attributesOfItem(atPath: file.url.path)
        #expect((written[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test("an unreadable or foreign hint file is ignored and replaced by the next read")
    func corruptFile() async throws {
        let file = HintFile()
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: file.url)
        try await Sandbox.run(client: { $0.hints = HintStore(file: file.url) }) { server, client in
            #expect(await client.rememberedSpaces() == nil)
            let spaces = try await client.spaces()
            #expect(spaces.count == 4)
            client.hints?.flush()
            let next = AssemblaClient(configuration: AssemblaConfiguration(baseURL: server.baseURL, hints: HintStore(file: file.url)))
            #expect(await next.rememberedSpaces()?.count == 4)
        }
    }

    @Test("a hint path that is a FIFO or an oversized file is not read (it would block or fill memory)")
    func notARegularFile() throws {
        let file = HintFile()
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(file.url.path, 0o600) == 0)
        #expect(HintStore(file: file.url).file == file.url, "returned at once: the FIFO was not opened")
        try FileManager.default.removeItem(at: file.url)
        let valid = Data(#"{"version":1,"lists":{"L":{"end":3,"read":1}},"clock":1}"#.utf8)
        try valid.write(to: file.url)
        #expect(HintStore(file: file.url).endPage(of: "L") == 3, "a valid file is read")
        try (valid + Data(repeating: 0x20, count: HintStore.maxFileSize)).write(to: file.url)
        #expect(HintStore(file: file.url).endPage(of: "L") == nil, "the same hints padded past the limit are not")
    }

    @Test("the default file follows XDG_CACHE_HOME, else ~/.cache, one per server", arguments: [
        (["XDG_CACHE_HOME": "/x/cache", "HOME": "/h"], "https://api.assembla.com", "/x/cache/assembla/hints/api.assembla.com.json"),
        (["HOME": "/h"], "http://127.0.0.1:8080", "/h/.cache/assembla/hints/127.0.0.1_8080.json"),
        (["XDG_CACHE_HOME": "relative", "HOME": "/h"], "https://api.assembla.com", "/h/.cache/assembla/hints/api.assembla.com.json"),
    ])
    func defaultFile(environment: [String: String], server: String, expected: String) throws {
        let url = try #require(URL(string: server))
        #expect(HintStore.defaultFile(for: url, environment: environment)?.path == expected)
        #expect(HintStore.defaultFile(for: url, environment: [:]) == nil)
    }
}
