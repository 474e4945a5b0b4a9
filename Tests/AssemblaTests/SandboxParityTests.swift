import AssemblaSandbox
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The sandbox sends what the field schema (`scripts/dev/generate-models.py`, through the
/// generated `APISchema`) says each model has: read over real HTTP, every record's JSON keys
/// equal the model's API fields — none missing, none extra.
@Suite("Sandbox parity with the field schema")
struct SandboxParityTests {
    /// A sandbox path and the model its records are.
    struct Source: Sendable, CustomStringConvertible {
        let model: String
        let path: String
        var description: String { "\(model) \(path)" }
    }

    static let sources: [Source] = [
        Source(model: "Space", path: "/v1/spaces"),
        Source(model: "Space", path: "/v1/spaces/big-project"),
        Source(model: "SpaceTool", path: "/v1/spaces/big-project/space_tools"),
        Source(model: "Milestone", path: "/v1/spaces/big-project/milestones/all"),
        Source(model: "Ticket", path: "/v1/spaces/big-project/tickets?report=0&per_page=100"),
        Source(model: "Ticket", path: "/v1/spaces/big-project/tickets/301"),
        Source(model: "TicketComment", path: "/v1/spaces/big-project/tickets/301/ticket_comments"),
        Source(model: "Tag", path: "/v1/spaces/big-project/tags"),
        Source(model: "TicketStatus", path: "/v1/spaces/big-project/tickets/statuses"),
        Source(model: "CustomField", path: "/v1/spaces/big-project/tickets/custom_fields"),
        Source(model: "User", path: "/v1/user"),
        Source(model: "User", path: "/v1/spaces/big-project/users"),
        Source(model: "UserRole", path: "/v1/spaces/big-project/user_roles"),
        Source(model: "TimeEntry", path: "/v1/tasks?per_page=100"),
        Source(model: "StreamEvent", path: "/v1/activity?per_page=100"),
    ]

    @Test("every model of the schema is read from the sandbox below")
    func everyModelCovered() {
        #expect(Set(Self.sources.map(\.model)) == Set(APISchema.fields.keys))
    }

    @Test("each record the sandbox sends has exactly the schema's API fields", arguments: sources)
    func keysMatchSchema(_ source: Source) async throws {
        let expected = try #require(APISchema.fields[source.model])
        let server = try await SandboxServer.start(SandboxConfiguration())
        do {
            let records = try await Self.records(at: source.path, from: server)
            #expect(!records.isEmpty, "no records at \(source.path)")
            for (index, record) in records.enumerated() {
                let keys = Set(record.keys)
                let missing = Set(expected).subtracting(keys).sorted()
                let extra = keys.subtracting(expected).sorted()
                #expect(missing.isEmpty && extra.isEmpty,
                        "\(source) record \(index): missing \(missing), extra \(extra)")
                if !missing.isEmpty || !extra.isEmpty { break }
            }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    /// The JSON objects at `path` (a list, or one object), fetched with the sandbox's owner's key.
    static func records(at path: String, from server: SandboxServer) async throws -> [[String: Any]] {
        let credentials = SandboxCredentials()
        var request = URLRequest(url: try #require(URL(string: server.baseURL.absoluteString + path)))
        request.setValue(credentials.key, forHTTPHeaderField: "X-Api-Key")
        request.setValue(credentials.secret, forHTTPHeaderField: "X-Api-Secret")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200, "status of \(path)")
        let json = try JSONSerialization.jsonObject(with: data)
        if let list = json as? [[String: Any]] { return list }
        return [try #require(json as? [String: Any], "\(path) sent neither an object nor a list of objects")]
    }
}
