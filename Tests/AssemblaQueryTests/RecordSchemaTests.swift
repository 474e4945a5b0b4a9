import Assembla
import AssemblaSandbox
@testable import AssemblaQuery
import Testing

/// Issue 9 §6–7: records of one kind share one schema (no field names per record), and the
/// backend acts on a space through the handle its record carries.
@Suite("Record schemas and origins")
struct RecordSchemaTests {
    @Test("names, values, set in place and set of a new field; records extended alike share one extended schema")
    func setAndShare() {
        var first = Record(["id": .int(1), "name": .string("a")])
        var second = Record(["id": .int(2), "name": .string("b")])
        #expect(first.schema === second.schema)
        first.set("name", .string("A"))
        #expect(first["name"] == .string("A") && first.names == ["id", "name"])
        first.set("space", .string("Big"))
        second.set("space", .string("Small"))
        #expect(first.schema === second.schema)
        #expect(first.names == ["id", "name", "space"])
        #expect(first.values(["space", "missing", "id"]) == [.string("Big"), .null, .int(1)])
        #expect(first["missing"] == nil && first.text("space") == "Big" && first.integer("id") == 1)
        #expect(first.fields.map(\.name) == first.names)
        #expect(Record(schema: RecordSchema(["id", "name", "space"]), values: [.int(1), .string("A"), .string("Big")]) == first)
        #expect([first, second, Record(["other": .null])].fieldNames == ["id", "name", "space", "other"])
    }

    @Test("every ticket the backend reads shares its model type's schema, and enriched tickets share one schema")
    func ticketsShareSchema() async throws {
        try await withBackend { backend, _ in
            let space = try #require(try await backend.spaces(withTool: nil).first { $0.text("name") == "Big Project" })
            let tickets = try await backend.tickets(space: space, milestone: nil)
            #expect(tickets.count > 100)
            #expect(tickets.allSatisfy { $0.schema === tickets[0].schema })
            let enriched = try await Enricher(lookups: Lookups(backend: backend)).enrich(tickets, kind: .ticket, space: space)
            #expect(enriched.allSatisfy { $0.schema === enriched[0].schema })
            #expect(enriched[0].names.starts(with: tickets[0].names) && enriched[0]["space"] == .string("Big Project"))
        }
    }

    @Test("a space record carries its client handle: reading its milestones asks for nothing but them; a record made by hand is found by id")
    func spaceOrigin() async throws {
        try await withBackend { backend, server in
            let space = try #require(try await backend.spaces(withTool: nil).first { $0.text("name") == "Big Project" })
            guard case .space(let handle)? = space.origin else {
                Issue.record("a space record from the backend has no handle")
                return
            }
            #expect(handle.record.name == "Big Project")
            let before = await server.requests().count
            let milestones = try await backend.milestones(space: space)
            let sent = await server.requests().dropFirst(before)
            #expect(!sent.isEmpty && sent.allSatisfy { $0.path == "/v1/spaces/\(handle.record.id)/milestones/all" }, "\(sent.map(\.path))")
            #expect(milestones.allSatisfy { if case .milestone? = $0.origin { true } else { false } })

            let byHand = Record(["id": space["id"] ?? .null])
            #expect(byHand.origin == nil)
            #expect(try await backend.milestones(space: byHand) == milestones)
        }
    }

    private func withBackend(_ body: (ClientBackend, SandboxServer) async throws -> Void) async throws {
        let server = try await SandboxServer.start(SandboxConfiguration())
        let client = AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"), baseURL: server.baseURL)
        do {
            try await body(ClientBackend(client: client), server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}
