import Foundation
import Testing
@testable import AssemblaSandbox

/// The sandbox's objects have every key of the recorded real ones, with the same JSON type
/// (a recorded `null` accepts any type; a sandbox `null` is accepted where the recording has one).
@Suite("shape parity with the recordings")
struct ShapeParityTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let resource: String
        let recording: String
        let path: String
        var testDescription: String { resource }
    }

    static let cases: [Case] = [
        Case(resource: "space", recording: "spaces/get.json", path: "/v1/spaces/big-project"),
        Case(resource: "space tool", recording: "space-tools/get.json", path: "/v1/spaces/big-project/space_tools"),
        Case(resource: "repository tool", recording: "space-tools/list-repositories.json", path: "/v1/spaces/big-project/space_tools/repo"),
        Case(resource: "milestone", recording: "space-milestones/get.json", path: "/v1/spaces/big-project/milestones/all"),
        Case(resource: "completed milestone", recording: "space-milestones/list-completed.json", path: "/v1/spaces/big-project/milestones/completed"),
        Case(resource: "ticket", recording: "space-tickets/get.json", path: "/v1/spaces/big-project/tickets/301"),
        Case(resource: "comment", recording: "ticket-comments/get.json", path: "/v1/spaces/big-project/tickets/301/ticket_comments"),
        Case(resource: "status", recording: "ticket-statuses/get.json", path: "/v1/spaces/big-project/tickets/statuses"),
        Case(resource: "custom field", recording: "ticket-custom-fields/get.json", path: "/v1/spaces/big-project/tickets/custom_fields"),
        Case(resource: "tag", recording: "space-tags/get.json", path: "/v1/spaces/big-project/tags"),
        Case(resource: "user", recording: "users/me.json", path: "/v1/user"),
        Case(resource: "space user", recording: "space-users/list.json", path: "/v1/spaces/big-project/users"),
        Case(resource: "user role", recording: "space-user-roles/get.json", path: "/v1/spaces/big-project/user_roles"),
        Case(resource: "task", recording: "tasks/get.json", path: "/v1/tasks"),
    ]

    @Test("sandbox object has every recorded key with the same JSON type", arguments: cases)
    func parity(_ entry: Case) async throws {
        let recorded = try Recordings.object(entry.recording)
        try await withSandbox { (_, client) async throws in
            let result = try await client.get(entry.path)
            #expect(result.status == 200)
            let served = result.items.first ?? result.json
            let object = try #require(served)
            for key in recorded.keys {
                let expected = recorded[key]!
                let actual = try #require(object[key], "\(entry.resource) lacks key \(key)")
                if expected.isNull || actual.isNull { continue }
                #expect(actual.typeName == expected.typeName,
                        "\(entry.resource).\(key): sandbox \(actual.typeName), recording \(expected.typeName)")
            }
        }
    }

    @Test("task hours are a string and ticket hours are numbers, as recorded")
    func hoursTypes() async throws {
        try await withSandbox { (_, client) async throws in
            let task = try #require(try await client.get("/v1/tasks").items.first)
            #expect(task["hours"]?.typeName == "string")
            let ticket = try #require(try await client.get("/v1/spaces/big-project/tickets/1").json)
            #expect(ticket["working_hours"]?.typeName == "number")
            #expect(ticket["total_invested_hours"]?.typeName == "number")
        }
    }

    @Test("dates are ISO-8601 in UTC and days are YYYY-MM-DD")
    func dateFormats() async throws {
        try await withSandbox { (_, client) async throws in
            let ticket = try #require(try await client.get("/v1/spaces/big-project/tickets/1").json)
            let created = try #require(ticket["created_on"]?.text)
            #expect(created.wholeMatch(of: /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/) != nil)
            let milestones = try await client.get("/v1/spaces/big-project/milestones/all").items
            let due = try #require(milestones.first { $0["title"]?.text == "Release Candidate 1" }?["due_date"]?.text)
            #expect(due.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
        }
    }
}
