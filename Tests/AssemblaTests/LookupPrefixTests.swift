import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// Issue 9 §4: ids become names from lookup lists read only until the ids are found, in the
/// one cache (shared reads, held for a unit of work, only whole lists kept beyond it).
@Suite("Lookups read until their ids are found")
struct LookupPrefixTests {
    /// The pages of `/users` requested since the log was reset.
    private func userPages(_ server: SandboxServer) async -> [String?] {
        await server.requests().filter { $0.path.hasSuffix("/users") }.map { $0.query["page"] }
    }

    /// The member ids of Big Project, read by a client of its own (not logged against `assembla`'s reads).
    private func memberIDs(_ assembla: AssemblaClient, _ server: SandboxServer) async throws -> [String] {
        let other = AssemblaClient(configuration: assembla.configuration)
        let ids = try await other.space(named: "Big Project").users().map(\.record.id)
        await server.resetRequestLog()
        return ids
    }

    @Test("ids on the first page cost one request: no page-2 probe; a whole cached list answers without one")
    func firstPageOnly() async throws {
        try await Sandbox.run { server, assembla in
            let ids = try await memberIDs(assembla, server)
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let found = try await space.users(containing: Set(ids.prefix(2)))
            #expect(Set(ids.prefix(2)).isSubset(of: Set(found.map(\.record.id))))
            #expect(await userPages(server) == ["1"])
            _ = try await space.users()
            await server.resetRequestLog()
            #expect(try await space.users(containing: ["no-such-id"]).count == ids.count)
            #expect(await userPages(server).isEmpty, "the whole list is cached")
        }
    }

    @Test("against a server capping pages at 7: pages until the id is found; the whole list goes on from them in a hold")
    func cappedPages() async throws {
        try await Sandbox.run({ $0.maxPerPage = 7; $0.extraMemberCount = 60 }, client: { $0.useCache = false }) { server, assembla in
            let ids = try await memberIDs(assembla, server)
            #expect(ids.count == 66)
            let space = try await assembla.space(named: "Big Project")
            await assembla.cache.hold()
            await server.resetRequestLog()
            let found = try await space.users(containing: [ids[40]])
            #expect(found.map(\.record.id) == Array(ids.prefix(42)), "six pages of 7 hold the 41st member")
            #expect(await userPages(server) == ["1", "2", "3", "4", "5", "6"])
            #expect(try await space.users().map(\.record.id) == ids)
            #expect(await userPages(server) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"], "no page read twice")
            await assembla.cache.release()
            await server.resetRequestLog()
            _ = try await space.users(containing: [ids[0]])
            #expect(await userPages(server) == ["1"], "the cache is off: released, read again")
        }
    }

    @Test("concurrent askers share one read")
    func shared() async throws {
        try await Sandbox.run({ $0.latency = .milliseconds(30) }) { server, assembla in
            let ids = try await memberIDs(assembla, server)
            let space = try await assembla.space(named: "Big Project")
            await assembla.cache.hold()
            await server.resetRequestLog()
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<8 { group.addTask { try await space.users(containing: [ids[index % ids.count]]).count } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(counts) == [ids.count])
            #expect(await userPages(server) == ["1"])
            await assembla.cache.release()
        }
    }

    @Test("a hold keeps lists in a deactivated cache until released; an active cache keeps pages read in part, never as the whole list")
    func holds() async throws {
        try await Sandbox.run { server, assembla in
            let ids = try await memberIDs(assembla, server)
            let space = try await assembla.space(named: "Big Project")
            await assembla.cache.hold()
            _ = try await space.users(containing: [ids[0]])
            await assembla.cache.release()
            await server.resetRequestLog()
            _ = try await space.users(containing: [ids[1]])
            #expect(await userPages(server).isEmpty, "the page read is kept by the active cache")
            #expect(try await space.users().count == ids.count)
            #expect(await userPages(server) == ["2"], "the whole list goes on from the page read")
            await space.cache.clear()
            await server.resetRequestLog()
            _ = try await space.users(containing: [ids[0]])
            #expect(await userPages(server) == ["1"], "cleared with the rest")

            await assembla.cache.deactivate()
            await assembla.cache.hold()
            await server.resetRequestLog()
            _ = try await space.milestones()
            _ = try await space.milestones()
            _ = try await space.milestones(containing: [1])
            let held = await server.requests().filter { $0.path.contains("/milestones") }.map { $0.query["page"] }
            #expect(held == ["1", "2"], "read once while held, though the cache is off")
            await assembla.cache.release()
            await server.resetRequestLog()
            _ = try await space.milestones()
            #expect(await server.requests().filter { $0.path.contains("/milestones") }.count == 2, "released: read afresh")
        }
    }

    /// Answers the first request for page 2 of a members list with a 500 (then passes through).
    final class FailingSecondPage: HTTPTransport {
        private let base: any HTTPTransport = URLSessionTransport()
        private let failed = Flag()

        actor Flag {
            var isSet = false
            /// Sets the flag; whether it was set before.
            func exchange() -> Bool {
                defer { isSet = true }
                return isSet
            }
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            let page2 = request.path.hasSuffix("/users") && request.query.contains { $0.name == "page" && $0.value == "2" }
            if page2, await failed.exchange() == false { return HTTPResponse(status: 500, body: Data("<html>".utf8)) }
            return try await base.send(request)
        }
    }

    @Test("a page that fails ends the part read: the error reaches the reader, and the next read starts afresh (never a short list)")
    func failedPage() async throws {
        try await Sandbox.run({ $0.maxPerPage = 7; $0.extraMemberCount = 60 }) { server, _ in
            var configuration = CappedPagingTests.client(server, pageSize: 100).configuration
            configuration.transport = FailingSecondPage()
            configuration.retry = RetryPolicy(maxAttempts: 1)
            configuration.useCache = true
            let assembla = AssemblaClient(configuration: configuration)
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.users(containing: [])
            await #expect(throws: AssemblaError.self) { try await space.users() }
            await server.resetRequestLog()
            #expect(try await space.users().count == 66)
            let pages = await userPages(server)
            #expect(pages.first == "1", "read again from page 1 (a whole read, with read-ahead)")
            #expect(Set((1...10).map { String($0) }).isSubset(of: Set(pages.compactMap { $0 })))
        }
    }
}
