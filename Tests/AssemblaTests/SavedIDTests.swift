import Foundation
import Testing
import Assembla

@Suite("Handles from saved ids")
struct SavedIDTests {
    @Test("space(id:) is one GET of the space, by id or wiki name; the list of spaces is not read")
    func spaceByID() async throws {
        try await Sandbox.run { server, assembla in
            let saved = try await assembla.space(named: "Big Project").id
            let fresh = AssemblaClient(configuration: assembla.configuration)
            await server.resetRequestLog()
            let space = try await fresh.space(id: saved)
            #expect(space.name == "Big Project" && space.match == nil)
            #expect(await Sandbox.requests(server).map(\.path) == ["/v1/spaces/\(saved)"])
            _ = try await fresh.space(id: saved)
            #expect(await Sandbox.requests(server).count == 1)
            #expect(try await fresh.space(id: "big-project").id == saved)
            let error = await #expect(throws: AssemblaError.self) { try await fresh.space(id: "no-such-space") }
            #expect(error?.status == 404)
        }
    }

    @Test("milestone(id:) is one GET when the milestones were not read")
    func milestoneByID() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let saved = try await space.milestone(named: "Beta").id
            let fresh = try await AssemblaClient(configuration: assembla.configuration).space(id: space.id)
            await server.resetRequestLog()
            #expect(try await fresh.milestone(id: saved).title == "Beta")
            #expect(await Sandbox.requests(server).map(\.path) == ["/v1/spaces/\(space.id)/milestones/\(saved)"])
        }
    }

    @Test("the stub transport answers from a table, records requests, and 404s the rest")
    func stubTransport() async throws {
        let created = Date(timeIntervalSince1970: 1_700_000_000)
        let space = Space(id: "s1", name: "Big Project", wikiName: "big-project", publicPermissions: .none,
                          teamPermissions: .all, watcherPermissions: .view, sharePermissions: false, teamTabRole: 0,
                          createdAt: created, updatedAt: created, restricted: false, status: 1, approved: true,
                          isManager: true, isVolunteer: false, isCommercial: false, canJoin: false, canApply: false)
        let stub = StubTransport(["GET /v1/spaces/s1": try .json(space)])
        var configuration = AssemblaConfiguration(credentials: .bearer(token: "test-secret-token"))
        configuration.transport = stub
        let assembla = AssemblaClient(configuration: configuration)
        #expect(try await assembla.space(id: "s1").record == space)
        let error = await #expect(throws: AssemblaError.self) { try await assembla.space(id: "s2") }
        #expect(error?.status == 404)
        #expect(stub.requests.map(\.summary) == ["GET /v1/spaces/s1", "GET /v1/spaces/s2"])
        #expect(stub.requests.allSatisfy { $0.headers["Authorization"] == "<redacted>" })
        #expect(!"\(stub.requests)".contains("test-secret-token"))
    }
}
