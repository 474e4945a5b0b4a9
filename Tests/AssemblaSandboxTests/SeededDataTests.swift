import Foundation
import Testing
@testable import AssemblaSandbox

/// The seeded data promised by Contract 1 (docs/ARCHITECTURE.md).
@Suite("seeded data")
struct SeededDataTests {
    /// Every ticket of a space, fetched page by page.
    static func allTickets(_ client: TestClient, space: String) async throws -> [JSONValue] {
        var tickets: [JSONValue] = []
        var page = 1
        while true {
            let result = try await client.get("/v1/spaces/\(space)/tickets?per_page=100&page=\(page)")
            if result.status == 204 { return tickets }
            tickets += result.items
            page += 1
        }
    }

    @Test("me, users and spaces")
    func people() async throws {
        try await withSandbox { (_, client) async throws in
            let me = try #require(try await client.get("/v1/user").json)
            #expect(me["login"]?.text == "alice")
            #expect(me["name"]?.text == "Alice Admin")
            #expect(try await client.get("/v1/users/cdiaz").json?["name"]?.text == "Carla Díaz")
            #expect(try await client.get("/v1/users/watcher1").json?["name"]?.text == "Walter Watcher")
            let spaces = try await client.get("/v1/spaces").items
            #expect(spaces.compactMap { $0["name"]?.text } == ["Big Project", "Website Redesign", "Mobile App", "Big Project Archive"])
            #expect(spaces.compactMap { $0["wiki_name"]?.text } == ["big-project", "website-redesign", "mobile-app", "big-project-archive"])
            #expect(spaces.allSatisfy { $0["id"]?.text?.count == 22 })
            let roles = try await client.get("/v1/spaces/big-project/user_roles").items
            let watcherID = try #require(try await client.get("/v1/users/watcher1").json?["id"])
            #expect(roles.first { $0["user_id"] == watcherID }?["role"]?.text == "watcher")
            for space in spaces {
                let wiki = try #require(space["wiki_name"]?.text)
                let owners = try await client.get("/v1/spaces/\(wiki)/user_roles").items.filter { $0["role"]?.text == "owner" }
                #expect(owners.map { $0["user_id"] } == [me["id"]])
            }
        }
    }

    static let toolsBySpace: [(String, Set<Int>)] = [
        ("big-project", [13, 9, 23, 128, 21]), ("website-redesign", [13, 9, 23]),
        ("mobile-app", [13, 9, 23]), ("big-project-archive", [13, 9, 23]),
    ]

    @Test("tools per space", arguments: toolsBySpace)
    func tools(space: String, expected: Set<Int>) async throws {
        try await withSandbox { (_, client) async throws in
            let tools = try await client.get("/v1/spaces/\(space)/space_tools").items
            #expect(Set(tools.compactMap { $0["tool_id"]?.intValue }) == expected)
            let repos = try await client.get("/v1/spaces/\(space)/space_tools/repo")
            #expect(repos.items.count == (expected.contains(128) ? 1 : 0))
            if expected.contains(128) {
                #expect(try await client.get("/v1/spaces/\(space)/space_tools/git").json?["tool_id"]?.intValue == 128)
            }
        }
    }

    @Test("workflow, custom fields and tags")
    func workflow() async throws {
        try await withSandbox { (_, client) async throws in
            let statuses = try await client.get("/v1/spaces/big-project/tickets/statuses").items
            #expect(statuses.compactMap { $0["name"]?.text } == ["New", "Accepted", "Test", "Code Review", "Fixed", "Invalid"])
            #expect(statuses.compactMap { $0["state"]?.intValue } == [1, 1, 1, 1, 0, 0])
            let fields = try await client.get("/v1/spaces/big-project/tickets/custom_fields").items
            #expect(fields.compactMap { $0["title"]?.text } == ["Build", "Severity"])
            #expect(fields.compactMap { $0["type"]?.text } == ["Text", "List"])
            #expect(fields[1]["list_options"] == .array([.string("Minor"), .string("Major"), .string("Critical")]))
            #expect(try await client.get("/v1/spaces/big-project/tags/active").items.compactMap { $0["name"]?.text } == ["Core", "UI", "Backend"])
            #expect(try await client.get("/v1/spaces/big-project/tags/proposed").items.compactMap { $0["name"]?.text } == ["Idea"])
        }
    }

    @Test("milestones: Big Project's four, upcoming and completed")
    func milestones() async throws {
        try await withSandbox { (server, client) async throws in
            let all = try await client.get("/v1/spaces/big-project/milestones/all").items
            #expect(all.compactMap { $0["title"]?.text } == ["Release Candidate 1", "Release Candidate 2", "Backlog", "Beta"])
            let today = SandboxDates.day(Date())
            let rc1 = try #require(all.first)
            #expect(try #require(rc1["due_date"]?.text) > today)
            #expect(try await client.get("/v1/spaces/big-project/milestones/completed").items.compactMap { $0["title"]?.text } == ["Beta"])
            #expect(try await client.get("/v1/spaces/big-project/milestones/upcoming").items.count == 3)
            #expect(try await client.get("/v1/spaces/big-project/milestones/release_notes").items.compactMap { $0["title"]?.text } == ["Beta"])
            for space in ["website-redesign", "mobile-app", "big-project-archive"] {
                #expect((1...2).contains(try await client.get("/v1/spaces/\(space)/milestones/all").items.count))
            }
            _ = server
        }
    }

    @Test("Big Project tickets: #201, #301 and the spread of statuses, priorities, assignees, milestones")
    func tickets() async throws {
        try await withSandbox { (_, client) async throws in
            let tickets = try await Self.allTickets(client, space: "big-project")
            #expect(tickets.compactMap { $0["number"]?.intValue } == Array(1...400))
            let byNumber = Dictionary(uniqueKeysWithValues: tickets.map { ($0["number"]!.intValue!, $0) })
            #expect(byNumber[201]?["status"]?.text == "Test")
            let john = try #require(try await client.get("/v1/users/jsmith").json?["id"])
            let milestones = try await client.get("/v1/spaces/big-project/milestones/all").items
            let rc1 = try #require(milestones.first { $0["title"]?.text == "Release Candidate 1" }?["id"])
            #expect(byNumber[301]?["milestone_id"] == rc1)
            #expect(byNumber[301]?["assigned_to_id"] == john)
            let johnsUrgentTests = tickets.filter {
                $0["assigned_to_id"] == john && $0["priority"]?.intValue == 1 && $0["status"]?.text == "Test"
            }
            #expect(johnsUrgentTests.count >= 3)
            #expect(tickets.filter { $0["status"]?.text == "Code Review" }.count >= 3)
            #expect(Set(tickets.compactMap { $0["status"]?.text }) == ["New", "Accepted", "Test", "Code Review", "Fixed", "Invalid"])
            #expect(Set(tickets.compactMap { $0["priority"]?.intValue }) == [1, 2, 3, 4, 5])
            #expect(tickets.contains { $0["assigned_to_id"]?.isNull == true })
            #expect(tickets.contains { $0["milestone_id"]?.isNull == true })
            #expect(Set(tickets.compactMap { $0["milestone_id"]?.intValue }).count == 4)
            #expect(tickets.allSatisfy { $0["custom_fields"]?["Severity"] != nil })
            #expect(tickets.allSatisfy { ($0["state"]?.intValue == 0) == ["Fixed", "Invalid"].contains($0["status"]?.text ?? "") })
            let comments = try await client.get("/v1/spaces/big-project/tickets/301/ticket_comments").items
            #expect(comments.count >= 3)
            #expect(comments.allSatisfy { $0["ticket_id"] == byNumber[301]?["id"] })
            #expect(try await client.get("/v1/spaces/big-project/tickets/id/\(byNumber[301]!["id"]!.intValue!)").json?["number"]?.intValue == 301)
        }
    }

    @Test("other spaces hold 20–60 tickets", arguments: ["website-redesign", "mobile-app", "big-project-archive"])
    func otherSpaces(space: String) async throws {
        try await withSandbox { (_, client) async throws in
            #expect((20...60).contains(try await Self.allTickets(client, space: space).count))
        }
    }

    @Test("ticket lists by report, milestone, tag and for me")
    func ticketViews() async throws {
        try await withSandbox { (_, client) async throws in
            let me = try #require(try await client.get("/v1/user").json?["id"])
            let mine = try await client.get("/v1/spaces/big-project/tickets/my_active?per_page=100").items
            #expect(!mine.isEmpty && mine.allSatisfy { $0["assigned_to_id"] == me && $0["state"]?.intValue == 1 })
            #expect(try await client.get("/v1/spaces/big-project/tickets/my_followed?per_page=100").items.allSatisfy {
                $0["notification_list"]?.text?.contains(me.text!) == true
            })
            let closed = try await client.get("/v1/spaces/big-project/tickets?report=4&per_page=100").items
            #expect(!closed.isEmpty && closed.allSatisfy { $0["state"]?.intValue == 0 })
            let none = try await client.get("/v1/spaces/big-project/tickets/no_milestone?per_page=100").items
            #expect(!none.isEmpty && none.allSatisfy { $0["milestone_id"]?.isNull == true })
            let beta = try #require(try await client.get("/v1/spaces/big-project/milestones/completed").items.first?["id"]?.intValue)
            let inBeta = try await client.get("/v1/spaces/big-project/tickets/milestone/\(beta)?per_page=100").items
            #expect(!inBeta.isEmpty && inBeta.allSatisfy { $0["milestone_id"]?.intValue == beta })
            let core = try #require(try await client.get("/v1/spaces/big-project/tags").items.first?["id"]?.intValue)
            let tagged = try await client.get("/v1/spaces/big-project/tags/\(core)/tickets").items
            #expect(tagged.count == 10)
            let number = try #require(tagged.first?["number"]?.intValue)
            #expect(try await client.get("/v1/spaces/big-project/tickets/\(number)/tags").items.contains { $0["name"]?.text == "Core" })
        }
    }

    @Test("tasks: about 60 within the last 30 days, filtered by from/to")
    func tasks() async throws {
        try await withSandbox { (_, client) async throws in
            var tasks: [JSONValue] = []
            var page = 1
            while case let result = try await client.get("/v1/tasks?per_page=100&page=\(page)"), result.status == 200 {
                tasks += result.items
                page += 1
            }
            #expect((50...70).contains(tasks.count))
            let monthAgo = SandboxDates.timestamp(Date().addingTimeInterval(-31 * 86_400))
            #expect(tasks.allSatisfy { ($0["begin_at"]?.text ?? "") > monthAgo })
            let weekAgo = Date().addingTimeInterval(-7 * 86_400)
            let from = SandboxDates.day(weekAgo)
            let recent = try await client.get("/v1/tasks?per_page=100&from=\(from)").items
            #expect(!recent.isEmpty && recent.count < tasks.count)
            #expect(recent.allSatisfy { ($0["begin_at"]?.text ?? "") >= from })
        }
    }

    @Test("stream: 200 events over 14 days, several in the last 24 hours, filtered by space and window")
    func stream() async throws {
        try await withSandbox { (_, client) async throws in
            var events: [JSONValue] = []
            for page in 1...4 { events += try await client.get("/v1/activity?page=\(page)").items }
            #expect(events.count == 200)
            #expect(Set(events.compactMap { $0["object"]?.text }) == ["Ticket", "Milestone", "Wiki Page", "Ticket Comment"])
            let operations = Set(events.compactMap { $0["operation"]?.text })
            #expect(operations.isSuperset(of: ["created", "updated", "commented"]))
            let dayAgo = Date().addingTimeInterval(-86_400)
            let utc = TimeZone(identifier: "UTC")!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = utc
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: dayAgo)
            let from = String(format: "%04d-%02d-%02d%%20%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
            let recent = try await client.get("/v1/activity?from=\(from)").items
            #expect(recent.count >= 5)
            let big = try #require(try await client.get("/v1/spaces/big-project").json?["id"]?.text)
            let inBig = try await client.get("/v1/activity?space_id=\(big)&per_page=100").items
            #expect(!inBig.isEmpty && inBig.allSatisfy { $0["space_id"]?.text == big })
            #expect(try await client.get("/v1/activity?from=yesterday").status == 422)
        }
    }

    @Test("10,000 tickets are served")
    func tenThousand() async throws {
        try await withSandbox({ $0.ticketCount = 10_000 }) { (_, client) async throws in
            let last = try await client.get("/v1/spaces/big-project/tickets?per_page=100&page=100").items
            #expect(last.last?["number"]?.intValue == 10_000)
            #expect(try await client.get("/v1/spaces/big-project/tickets?per_page=100&page=101").status == 204)
            #expect(try await client.get("/v1/spaces/big-project/tickets/9999").status == 200)
        }
    }
}
