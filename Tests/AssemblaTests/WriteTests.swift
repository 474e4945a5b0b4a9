import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Writes")
struct WriteTests {
    @Test("spaces: create, update, copy, delete")
    func spaces() async throws {
        try await Sandbox.run { server, assembla in
            let created = try await assembla.createSpace(named: "Scratch", attributes: ["description": .string("temp")])
            #expect(created.name == "Scratch")
            #expect(try await assembla.space(named: "Scratch").id == created.id)

            await server.resetRequestLog()
            let updated = try await created.update(["description": .string("changed")])
            #expect(updated.description == "changed")
            let put = try #require(await Sandbox.requests(server, method: "PUT").first)
            #expect(put.path == "/v1/spaces/\(created.id)" && put.status == 204)

            let copy = try await updated.copy(named: "Scratch Copy")
            #expect(copy.name == "Scratch Copy" && copy.id != created.id)
            #expect(try await assembla.spaces().contains { $0.id == copy.id })

            try await copy.delete()
            try await created.delete()
            let names = try await assembla.spaces().map(\.name)
            #expect(!names.contains("Scratch") && !names.contains("Scratch Copy"))
        }
    }

    @Test("tools: add by name or id, update permissions, remove; spaces with a tool")
    func tools() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Mobile App")
            #expect(try await assembla.spaces(withTool: "Time").isEmpty)
            let added = try await space.addTool(named: "Time")
            #expect(added?.toolID == 14)
            #expect(try await assembla.spaces(withTool: 14).map(\.name) == ["Mobile App"])
            try await space.updateTool("Time", team: 3, watcher: 1)
            let tool = try await space.tool(named: "Time")
            #expect(tool.teamPermissions == 3)
            #expect(tool.watcherPermissions == 1)
            try await space.removeTool("Time")
            #expect(try await space.tools().contains { $0.toolID == 14 } == false)
            #expect(try await assembla.space(named: "Big Project").repositoryTools().map(\.toolID) == [128])
        }
    }

    @Test("members: add by login with a role, change the role, remove")
    func members() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Mobile App")
            let memberIDs = Set(try await space.members().map(\.userID))
            let login = try await ["jsmith", "mjones", "bwong", "cdiaz", "watcher1"].asyncFirst(where: { login in
                !memberIDs.contains(try await assembla.user(login: login).id)
            })
            let newcomer = try #require(login, "some seeded user is not yet a member of Mobile App")
            let role = try await space.addMember(newcomer, role: "watcher")
            #expect(role.role == "watcher")
            #expect(try await space.users().contains { $0.login == newcomer })
            try await space.changeRole(of: newcomer, to: "member")
            #expect(try await space.members().first { $0.id == role.id }?.role == "member")
            try await space.removeMember(newcomer)
            #expect(try await space.members().contains { $0.id == role.id } == false)

            let byEmail = try await space.addMember("\(newcomer)@EXAMPLE.com", role: "member")
            #expect(try await space.users().contains { $0.login == newcomer })
            try await space.removeMember(newcomer)
            #expect(byEmail.role == "member")
            let unknown = try #require(await #expect(throws: AssemblaError.self) { try await space.addMember("ghost@example.com") })
            #expect(unknown.description == #"no user with email "ghost@example.com" among the members of your spaces"#)
            await #expect(throws: AssemblaError.self) { try await space.addMember(newcomer, role: "boss") }
        }
    }

    @Test("tickets: create with names resolved, update only what changed, comment, delete")
    func tickets() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let ticket = try await space.createTicket(TicketFields(
                summary: "Write the client", description: "All of it", priority: 2, status: "Accepted",
                assignee: "John Smith", milestone: "Release Candidate 2", customFields: ["severity": "Major"],
                tags: ["Core"]))
            let john = try await space.user(named: "jsmith")
            let rc2 = try await space.milestone(named: "Release Candidate 2")
            #expect(ticket.summary == "Write the client")
            #expect(ticket.status == "Accepted")
            #expect(ticket.assignedToID == john.id)
            #expect(ticket.milestoneID == rc2.id)
            #expect(ticket.record.customFieldValue(titled: "Severity") == "Major")
            #expect(try await ticket.tags().map(\.name) == ["Core"])

            let updated = try await ticket.update(TicketFields(status: "test", assignee: "", milestone: ""))
            #expect(updated.status == "Test")
            #expect(updated.assignedToID == nil)
            #expect(updated.milestoneID == nil)
            #expect(updated.summary == "Write the client")

            let comment = try await updated.addComment("Looks good")
            try await updated.editComment(comment.id, text: "Looks great")
            #expect(try await updated.comments().contains { $0.id == comment.id && $0.comment == "Looks great" })

            try await updated.delete()
            await #expect(throws: AssemblaError.self) { try await space.ticket(number: ticket.number) }
            let deletes = await Sandbox.requests(server, method: "DELETE")
            #expect(deletes.map(\.status) == [204])
        }
    }

    @Test("unknown names and choices are refused before sending")
    func refusals() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            for fields in [TicketFields(summary: "x", status: "Nope"), TicketFields(summary: "x", assignee: "nobody"),
                           TicketFields(summary: "x", milestone: "Gamma"), TicketFields(summary: "x", customFields: ["Colour": "red"]),
                           TicketFields(summary: "x", customFields: ["Severity": "Apocalyptic"])] {
                await #expect(throws: AssemblaError.self) { try await space.createTicket(fields) }
            }
            #expect(await Sandbox.requests(server, method: "POST").isEmpty)
        }
    }

    @Test("milestones: create, update, complete, delete")
    func milestones() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            let due = try #require(CalendarDay(year: 2030, month: 1, day: 31))
            let milestone = try await space.createMilestone(MilestoneFields(title: "Gamma", dueDate: due))
            #expect(milestone.dueDate == due)
            let renamed = try await milestone.update(MilestoneFields(title: "Gamma 2"))
            #expect(renamed.title == "Gamma 2" && renamed.dueDate?.rawValue == "2030-01-31")
            let done = try await renamed.complete()
            #expect(done.isCompleted)
            try await done.delete()
            #expect(try await space.milestones().contains { $0.id == milestone.id } == false)
            let invalid = try #require(await #expect(throws: AssemblaError.self) {
                try await space.createMilestone(MilestoneFields(description: "no title"))
            })
            guard case .validation(let fields) = invalid.kind else { Issue.record("\(invalid)"); return }
            #expect(fields["title"] != nil)
        }
    }

    @Test("tasks: create, update, delete")
    func tasks() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let begin = Date().addingTimeInterval(-3_600)
            let task = try await assembla.createTask(TaskFields(description: "Pairing", spaceID: space.id, hours: 1.5, beginAt: begin,
                                                                      url: URL(string: "https://example.com/pr/12")))
            #expect(task.hours == 1.5)
            #expect(task.url?.absoluteString == "https://example.com/pr/12")
            try await assembla.updateTask(task.id, TaskFields(hours: 2))
            #expect(try await assembla.tasks().first { $0.id == task.id }?.hours == 2)
            try await assembla.deleteTask(task.id)
            #expect(try await assembla.tasks().contains { $0.id == task.id } == false)
            #expect(await Sandbox.requests(server, method: "PUT").count == 1)
        }
    }

    @Test("prepared writes resolve names with reads, send nothing, and show method, path and body")
    func preparedWritesSendNothing() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let create = try await space.prepareCreateTicket(TicketFields(summary: "Dry", priority: 1, status: "test"))
            let ticket = try await space.ticket(number: 201)
            let update = try await ticket.prepareUpdate(TicketFields(priority: 5))
            let newSpace = assembla.prepareCreateSpace(named: "Dry")
            let member = try await space.prepareAddMember("alice", role: "watcher")
            #expect(await server.requests().allSatisfy { $0.method == "GET" })
            #expect(await server.requests().contains { $0.path.hasSuffix("/tickets/statuses") }, "the status name was resolved by a read")
            #expect(create.request.method == .post && create.request.path == "/v1/spaces/\(space.id)/tickets")
            #expect(create.request.body == #"{"ticket":{"priority":1,"status":"Test","summary":"Dry"}}"#, "the status name as the space spells it")
            #expect(update.request == PlannedWrite(method: .put, path: "/v1/spaces/\(space.id)/tickets/201",
                                                   body: #"{"ticket":{"priority":5}}"#), "an update sends only what changed")
            #expect(newSpace.request.description == #"POST /v1/spaces {"space":{"name":"Dry"}}"#)
            #expect(member.request.method == .post && member.request.body?.contains(#""role":"watcher""#) == true)
        }
    }

    @Test("a prepared ticket update is exactly the request the update sends")
    func preparedEqualsSent() async throws {
        let transport = CountingTransport()
        try await Sandbox.run(client: { $0.transport = transport }) { server, assembla in
            let ticket = try await assembla.space(named: "Big Project").ticket(number: 201)
            let fields = TicketFields(summary: "Renamed", status: "fixed", assignee: "alice", milestone: "Release Candidate 1")
            let planned = try await ticket.prepareUpdate(fields).request
            #expect(await server.requests().allSatisfy { $0.method == "GET" }, "planning sent no write")
            await server.resetRequestLog()
            let updated = try await ticket.update(fields)
            #expect(updated.summary == "Renamed")
            let log = await server.requests()
            let writes = log.map(\.logLine).filter { !$0.hasPrefix("GET ") }
            #expect(writes == ["\(planned.method.rawValue) \(planned.path) 204"], "the sandbox saw the planned write and no other")
            let sent = try #require(await transport.requests.last { $0.method != .get })
            #expect(PlannedWrite(method: sent.method, path: sent.pathAndQuery,
                                 body: sent.body.map { String(decoding: $0, as: UTF8.self) }) == planned)
        }
    }
}

extension Array where Element: Sendable {
    /// The first element for which `predicate` holds, checked in order.
    func asyncFirst(where predicate: (Element) async throws -> Bool) async rethrows -> Element? {
        for element in self where try await predicate(element) { return element }
        return nil
    }
}
