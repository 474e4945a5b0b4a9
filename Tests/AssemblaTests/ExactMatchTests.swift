import Foundation
import Testing
import Assembla

@Suite("Exact matching for writes, honest error kinds")
struct ExactMatchTests {
    @Test("a partial match reads, says what it matched, and cannot delete")
    func partialSpaceCannotBeDeleted() async throws {
        try await Sandbox.run { server, assembla in
            let archive = try await assembla.space(named: "Archive")
            #expect(archive.name == "Big Project Archive")
            #expect(archive.match?.kind == .partial && archive.match?.query == "Archive")
            await server.resetRequestLog()
            await #expect(throws: AssemblaError.self) { try await archive.delete() }
            #expect(await Sandbox.requests(server, method: "DELETE").isEmpty)
            let exact = try await assembla.space(named: "big-project-archive")
            #expect(exact.match?.kind == .exact)
        }
    }

    @Test("removing a member needs the login, id or whole name, never a part of it")
    func memberRemovalIsExact() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let bob = try await space.user(named: "bob")
            #expect(bob.login == "bwong" && bob.match?.kind == .partial && bob.match?.matched == "Bob Wong")
            await server.resetRequestLog()
            let error = await #expect(throws: AssemblaError.self) { try await space.removeMember("bob") }
            guard case .noMatch? = error?.kind else { Issue.record("\(String(describing: error))"); return }
            #expect(await Sandbox.requests(server, method: "DELETE").isEmpty)
        }
    }

    @Test("a miss without a 404 is noSuch, not notFound")
    func nameMissIsNotA404() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            let milestone = try await space.milestone(named: "Backlog")
            let error = await #expect(throws: AssemblaError.self) { try await milestone.ticket(number: 999_999) }
            guard case .noSuch? = error?.kind else { Issue.record("\(String(describing: error))"); return }
            #expect(error?.status == nil)
        }
    }

    @Test("a refused credential names what to check, by where it came from")
    func unauthorizedTexts() async throws {
        try await Sandbox.run(client: { $0.credentials = .bearer(token: "wrong") }) { _, assembla in
            let error = await #expect(throws: AssemblaError.self) { try await assembla.me() }
            #expect(error?.kind == .unauthorized)
            #expect(error?.description.contains("ASSEMBLA_") == false)
            #expect(error?.description.contains("given to AssemblaClient") == true)
        }
        try await Sandbox.run(client: { $0.credentials = .bearer(token: "wrong"); $0.credentialsOrigin = .environment }) { _, assembla in
            let error = await #expect(throws: AssemblaError.self) { try await assembla.me() }
            #expect(error?.description.contains("ASSEMBLA_TOKEN") == true)
        }
    }
}

@Suite("Endpoints the library does not model")
struct SendTests {
    struct Named: Decodable, Sendable { let name: String }

    @Test("client.send runs a user's endpoint and a paged one through the client")
    func send() async throws {
        try await Sandbox.run { server, assembla in
            let space: Named = try await assembla.send(Endpoint<Named>(.get, path: "/v1/spaces/big-project"))
            #expect(space.name == "Big Project")
            let statuses: [Named] = try await assembla.send(PagedEndpoint<Named>(path: "/v1/spaces/big-project/tickets/statuses"))
            #expect(statuses.contains { $0.name == "Test" })
            await #expect(throws: AssemblaError.self) { try await assembla.send(Endpoint<Named>(.get, path: "spaces")) }
        }
    }
}
