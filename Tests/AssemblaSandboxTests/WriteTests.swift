import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("writes")
struct WriteTests {
    static let big = "/v1/spaces/big-project"

    @Test("space create: 201, wiki_name defaults to the id, duplicates and blank names get 422")
    func createSpace() async throws {
        try await withSandbox { (_, client) async throws in
            let created = try await client.send("POST", "/v1/spaces", json: #"{"space":{"name":"Fresh"}}"#)
            #expect(created.status == 201)
            let id = try #require(created.json?["id"]?.text)
            #expect(id.count == 22)
            #expect(created.json?["wiki_name"]?.text == id)
            #expect(created.header("Location") == "/v1/spaces/\(id)")
            #expect(try await client.get("/v1/spaces/\(id)").json?["name"]?.text == "Fresh")
            #expect(try await client.get("/v1/spaces").items.count == 5)

            let duplicate = try await client.send("POST", "/v1/spaces", json: #"{"name":"Again","wiki_name":"big-project"}"#)
            #expect(duplicate.status == 422)
            #expect(duplicate.json == JSONValue.object([("wiki_name", .array([.string("has already been taken")]))]))
            let blank = try await client.send("POST", "/v1/spaces", json: #"{"space":{"description":"no name"}}"#)
            #expect(blank.status == 422)
            #expect(blank.json?["name"] == .array([.string("can't be blank")]))
        }
    }

    @Test("space update (204), copy (201) and delete (204)")
    func spaceLifecycle() async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.send("PUT", "/v1/spaces/mobile-app", json: #"{"space":{"description":"Phones"}}"#).status == 204)
            #expect(try await client.get("/v1/spaces/mobile-app").json?["description"]?.text == "Phones")
            let copy = try await client.send("POST", "/v1/spaces/mobile-app/copy", json: #"{"name":"Mobile App 2","wiki_name":"mobile-app-2"}"#)
            #expect(copy.status == 201)
            #expect(copy.json?["wiki_name"]?.text == "mobile-app-2")
            let tools = try await client.get("/v1/spaces/mobile-app-2/space_tools").items
            #expect(Set(tools.compactMap { $0["tool_id"]?.intValue }) == [9, 13, 23])
            #expect(try await client.get("/v1/spaces/mobile-app-2/tickets").status == 204)
            #expect(try await client.send("DELETE", "/v1/spaces/mobile-app-2").status == 204)
            #expect(try await client.get("/v1/spaces/mobile-app-2").status == 404)
        }
    }

    @Test("space tools: add (201), update permissions (204), remove (204)")
    func tools() async throws {
        try await withSandbox { (_, client) async throws in
            let added = try await client.send("POST", "\(Self.big)/space_tools/14/add")
            #expect(added.status == 201)
            #expect(added.json?["tool_id"]?.intValue == 14)
            let id = try #require(added.json?["id"]?.text)
            let update = try await client.send("PUT", "\(Self.big)/space_tools/\(id)", json: #"{"space_tool":{"watcher_permissions":1}}"#)
            #expect(update.status == 204)
            #expect(try await client.get("\(Self.big)/space_tools/\(id)").json?["watcher_permissions"]?.intValue == 1)
            #expect(try await client.send("PUT", "\(Self.big)/space_tools/\(id)", json: #"{"team_permissions":9}"#).status == 422)
            #expect(try await client.send("DELETE", "\(Self.big)/space_tools/\(id)").status == 204)
            #expect(try await client.get("\(Self.big)/space_tools/\(id)").status == 404)
            #expect(try await client.send("POST", "\(Self.big)/space_tools/999/add").status == 422)
        }
    }

    @Test("a new space needs the tickets tool, which brings the default workflow")
    func ticketsToolNeeded() async throws {
        try await withSandbox { (_, client) async throws in
            let id = try #require(try await client.send("POST", "/v1/spaces", json: #"{"name":"Bare"}"#).json?["id"]?.text)
            #expect(try await client.send("POST", "/v1/spaces/\(id)/tickets", json: #"{"summary":"x"}"#).status == 404)
            #expect(try await client.send("POST", "/v1/spaces/\(id)/space_tools/13/add").status == 201)
            let statuses = try await client.get("/v1/spaces/\(id)/tickets/statuses").items.compactMap { $0["name"]?.text }
            #expect(statuses == ["New", "Accepted", "Test", "Fixed", "Invalid"])
            let ticket = try await client.send("POST", "/v1/spaces/\(id)/tickets", json: #"{"summary":"x"}"#)
            #expect(ticket.json?["number"]?.intValue == 1)
        }
    }

    @Test("user roles: create (201), one per user (422), update (204), delete (204)")
    func roles() async throws {
        try await withSandbox { (_, client) async throws in
            let created = try await client.send("POST", "/v1/spaces/mobile-app/user_roles", json: #"{"user_role":{"user_id":"cdiaz","role":"member"}}"#)
            #expect(created.status == 201)
            #expect(created.json?["status"]?.intValue == 1)
            let id = try #require(created.json?["id"]?.intValue)
            let again = try await client.send("POST", "/v1/spaces/mobile-app/user_roles", json: #"{"user_role":{"user_id":"cdiaz","role":"watcher"}}"#)
            #expect(again.status == 422)
            #expect(again.json?["user_id"] != nil)
            #expect(try await client.send("POST", "/v1/spaces/mobile-app/user_roles", json: #"{"user_role":{"user_id":"bwong2","role":"boss"}}"#).status == 422)
            #expect(try await client.send("PUT", "/v1/spaces/mobile-app/user_roles/\(id)", json: #"{"user_role":{"role":"watcher","title":"Observer"}}"#).status == 204)
            let role = try await client.get("/v1/spaces/mobile-app/user_roles/\(id)").json
            #expect(role?["role"]?.text == "watcher")
            #expect(role?["title"]?.text == "Observer")
            #expect(try await client.send("DELETE", "/v1/spaces/mobile-app/user_roles/\(id)").status == 204)
            #expect(try await client.get("/v1/spaces/mobile-app/user_roles/\(id)").status == 404)
        }
    }

    @Test("ticket create: wrapped or unwrapped, tags and custom fields by name, 201 with the next number")
    func createTicket() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"ticket":{"summary":"New bug","status":"Test","priority":1,"tags":["Core","Fresh"],"custom_fields":{"Severity":"Critical","Build":"9.9"},"assigned_to_id":"jsmith"}}"#
            let created = try await client.send("POST", "\(Self.big)/tickets", json: body)
            #expect(created.status == 201)
            let ticket = try #require(created.json)
            #expect(ticket["number"]?.intValue == 401)
            #expect(ticket["status"]?.text == "Test")
            #expect(ticket["state"]?.intValue == 1)
            #expect(ticket["custom_fields"]?["Severity"]?.text == "Critical")
            let john = try #require(try await client.get("/v1/users/jsmith").json?["id"])
            #expect(ticket["assigned_to_id"] == john)
            let tags = try await client.get("\(Self.big)/tickets/401/tags").items.compactMap { $0["name"]?.text }
            #expect(Set(tags) == ["Core", "Fresh"])
            let unwrapped = try await client.send("POST", "\(Self.big)/tickets", json: #"{"summary":"Flat","description":"d"}"#)
            #expect(unwrapped.json?["number"]?.intValue == 402)
            #expect(unwrapped.json?["description"]?.text == "d")
        }
    }

    @Test("ticket validation answers 422 with field → messages", arguments: [
        (#"{"ticket":{"description":"no summary"}}"#, "summary"),
        (#"{"ticket":{"summary":"   "}}"#, "summary"),
        (#"{"ticket":{"summary":"s","status":"Nope"}}"#, "status"),
        (#"{"ticket":{"summary":"s","priority":9}}"#, "priority"),
        (#"{"ticket":{"summary":"s","milestone_id":1}}"#, "milestone_id"),
        (#"{"ticket":{"summary":"s","assigned_to_id":"nobody"}}"#, "assigned_to_id"),
        (#"{"ticket":{"summary":"s","custom_fields":{"Severity":"Huge"}}}"#, "custom_fields"),
        (#"{"ticket":{"summary":"s","custom_fields":{"Colour":"red"}}}"#, "custom_fields"),
    ])
    func ticketValidation(body: String, field: String) async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.send("POST", "\(Self.big)/tickets", json: body)
            #expect(result.status == 422)
            guard case .array(let messages)? = result.json?[field] else {
                Issue.record("no messages for \(field): \(result.text)")
                return
            }
            #expect(!messages.isEmpty)
            #expect(try await client.get("\(Self.big)/tickets/401").status == 404)
        }
    }

    @Test("summary must be blank-checked as required on create")
    func blankSummaryBody() async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.send("POST", "\(Self.big)/tickets", json: #"{"ticket":{}}"#)
            #expect(result.json == JSONValue.object([("summary", .array([.string("can't be blank")]))]))
        }
    }

    @Test("ticket update (204) closes with a closed status; same validation; delete (204)")
    func updateTicket() async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.send("PUT", "\(Self.big)/tickets/12", json: #"{"ticket":{"status":"Fixed","summary":"Done"}}"#).status == 204)
            let ticket = try #require(try await client.get("\(Self.big)/tickets/12").json)
            #expect(ticket["status"]?.text == "Fixed")
            #expect(ticket["state"]?.intValue == 0)
            #expect(ticket["completed_date"]?.isNull == false)
            #expect(try await client.send("PUT", "\(Self.big)/tickets/12", json: #"{"summary":""}"#).status == 422)
            #expect(try await client.send("PUT", "\(Self.big)/tickets/12", json: #"{"status":"Gone"}"#).status == 422)
            #expect(try await client.send("DELETE", "\(Self.big)/tickets/12").status == 204)
            #expect(try await client.get("\(Self.big)/tickets/12").status == 404)
            #expect(try await client.send("DELETE", "\(Self.big)/tickets/400").status == 204)
            let next = try await client.send("POST", "\(Self.big)/tickets", json: #"{"summary":"after a delete"}"#)
            #expect(next.json?["number"]?.intValue == 401, "numbers of deleted tickets are not reused")
            #expect(try await client.send("PUT", "\(Self.big)/tickets/12", json: #"{"summary":"x"}"#).status == 404)
        }
    }

    @Test("comments: create (201), blank (422), update (204)")
    func comments() async throws {
        try await withSandbox { (_, client) async throws in
            let path = "\(Self.big)/tickets/301/ticket_comments"
            let before = try await client.get(path).items.count
            let created = try await client.send("POST", path, json: #"{"ticket_comment":{"comment":"On it"}}"#)
            #expect(created.status == 201)
            let id = try #require(created.json?["id"]?.intValue)
            #expect(try await client.get(path).items.count == before + 1)
            #expect(try await client.send("POST", path, json: #"{"ticket_comment":{"comment":""}}"#).status == 422)
            #expect(try await client.send("PUT", "\(path)/\(id)", json: #"{"ticket_comment":{"comment":"Done"}}"#).status == 204)
            #expect(try await client.get("\(path)/\(id)").json?["comment"]?.text == "Done")
            let stream = try await client.get("/v1/activity?per_page=1").items
            #expect(stream.first?["object"]?.text == "Ticket Comment")
        }
    }

    @Test("milestones: create (201), title required (422), update (204), delete (204) unlinks tickets")
    func milestones() async throws {
        try await withSandbox { (_, client) async throws in
            let created = try await client.send("POST", "\(Self.big)/milestones", json: #"{"milestone":{"title":"Gamma","due_date":"2030-01-31"}}"#)
            #expect(created.status == 201)
            #expect(created.json?["due_date"]?.text == "2030-01-31")
            let id = try #require(created.json?["id"]?.intValue)
            #expect(try await client.send("POST", "\(Self.big)/milestones", json: #"{"milestone":{"description":"x"}}"#).status == 422)
            #expect(try await client.send("PUT", "\(Self.big)/milestones/\(id)", json: #"{"milestone":{"is_completed":true}}"#).status == 204)
            #expect(try await client.get("\(Self.big)/milestones/\(id)").json?["is_completed"] == .bool(true))
            #expect(try await client.send("PUT", "\(Self.big)/tickets/3", json: #"{"milestone_id":\#(id)}"#).status == 204)
            #expect(try await client.send("DELETE", "\(Self.big)/milestones/\(id)").status == 204)
            #expect(try await client.get("\(Self.big)/tickets/3").json?["milestone_id"]?.isNull == true)
        }
    }

    @Test("tasks: create (201, end_at defaults to begin_at, hours as a string), update (204), delete (204)")
    func tasks() async throws {
        try await withSandbox { (_, client) async throws in
            let body = #"{"user_task":{"description":"Review","space_id":"big-project","begin_at":"2026-11-20T10:00:00Z","hours":1.5,"ticket_number":301}}"#
            let created = try await client.send("POST", "/v1/tasks", json: body)
            #expect(created.status == 201)
            let task = try #require(created.json)
            #expect(task["hours"]?.text == "1.5")
            #expect(task["end_at"]?.text == "2026-11-20T10:00:00Z")
            #expect(task["ticket_number"]?.intValue == 301)
            let id = try #require(task["id"]?.intValue)
            #expect(try await client.send("POST", "/v1/tasks", json: #"{"user_task":{"description":"x","space_id":"big-project","begin_at":"2026-11-20 10:00"}}"#).status == 422)
            #expect(try await client.send("PUT", "/v1/tasks/\(id)", json: #"{"user_task":{"hours":"2.25"}}"#).status == 204)
            #expect(try await client.get("/v1/tasks/\(id)").json?["hours"]?.text == "2.25")
            #expect(try await client.send("DELETE", "/v1/tasks/\(id)").status == 204)
            #expect(try await client.get("/v1/tasks/\(id)").status == 404)
        }
    }

    @Test("a watcher gets 403 on writes in Big Project but may read", arguments: [
        ("POST", "/v1/spaces/big-project/tickets", #"{"summary":"x"}"#),
        ("PUT", "/v1/spaces/big-project/tickets/1", #"{"summary":"x"}"#),
        ("DELETE", "/v1/spaces/big-project/tickets/1", ""),
        ("POST", "/v1/spaces/big-project/tickets/1/ticket_comments", #"{"comment":"x"}"#),
        ("POST", "/v1/spaces/big-project/milestones", #"{"title":"x"}"#),
        ("PUT", "/v1/spaces/big-project", #"{"name":"x"}"#),
        ("POST", "/v1/spaces/big-project/space_tools/14/add", ""),
        ("POST", "/v1/spaces/big-project/user_roles", #"{"user_id":"alice","role":"member"}"#),
        ("POST", "/v1/tasks", #"{"user_task":{"description":"x","space_id":"big-project","begin_at":"2026-11-20","hours":1}}"#),
    ])
    func watcherForbidden(method: String, path: String, body: String) async throws {
        try await withSandbox { (_, client) async throws in
            let result = try await client.send(method, path, auth: .watcher, json: body.isEmpty ? nil : body)
            #expect(result.status == 403)
            #expect(result.json?["error"]?.text == "forbidden")
            #expect(try await client.get("/v1/spaces/big-project/tickets/1", auth: .watcher).status == 200)
            #expect(try await client.get("/v1/spaces/big-project/tickets/401").status == 404)
        }
    }
}

@Suite("form-encoded writes")
struct FormWriteTests {
    @Test("a form body with bracketed keys works like the JSON one")
    func formTicket() async throws {
        try await withSandbox { (_, client) async throws in
            let form = "ticket%5Bsummary%5D=From+a+form&ticket[priority]=2&ticket[tags][]=UI&ticket[tags][]=Core&ticket[custom_fields][Severity]=Major"
            let created = try await client.send("POST", "/v1/spaces/big-project/tickets", json: nil,
                                                headers: ["Content-Type": "application/x-www-form-urlencoded"], body: form)
            #expect(created.status == 201)
            #expect(created.json?["summary"]?.text == "From a form")
            #expect(created.json?["priority"]?.intValue == 2)
            #expect(created.json?["custom_fields"]?["Severity"]?.text == "Major")
            let tags = try await client.get("/v1/spaces/big-project/tickets/401/tags").items.compactMap { $0["name"]?.text }
            #expect(Set(tags) == ["UI", "Core"])
            let blank = try await client.send("POST", "/v1/spaces/big-project/tickets", json: nil,
                                              headers: ["Content-Type": "application/x-www-form-urlencoded"], body: "ticket[summary]=")
            #expect(blank.status == 422)
        }
    }
}
