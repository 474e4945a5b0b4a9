import Foundation
import Testing
import Assembla

@Suite("Models: memberwise inits, typed values, Codable")
struct ModelTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func ticket(priority: TicketPriority = .highest, state: TicketState = .open) -> Ticket {
        Ticket(id: 7, number: 42, summary: "Crash on start", priority: priority, createdOn: created,
               notificationList: ["u1", "u2"], spaceID: "space-1", state: state, status: "New",
               updatedAt: created.addingTimeInterval(0.5), customFields: ["Severity": "Major"])
    }

    @Test("models have public memberwise initialisers and are Identifiable")
    func memberwise() {
        let space = Space(id: "s1", name: "Big Project", wikiName: "big-project", publicPermissions: .none,
                          teamPermissions: .all, watcherPermissions: .view, sharePermissions: false, teamTabRole: 0,
                          createdAt: Self.created, updatedAt: Self.created, restricted: false, status: 1,
                          approved: true, isManager: true, isVolunteer: false, isCommercial: false, canJoin: false,
                          canApply: false)
        #expect(space.id == "s1")
        let ids: [Ticket.ID] = [Self.ticket()].map(\.id)
        #expect(ids == [7])
        #expect(Self.ticket().isOpen)
    }

    @Test("a model round-trips through a default JSONEncoder and JSONDecoder (dates as ISO 8601 text)")
    func roundTrip() throws {
        let ticket = Self.ticket()
        let data = try JSONEncoder().encode(ticket)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"created_on\":\"2023-11-14T22:13:20Z\""))
        #expect(text.contains("\"notification_list\":[\"u1\",\"u2\"]"))
        #expect(try JSONDecoder().decode(Ticket.self, from: data) == ticket)
        let milestone = Milestone(id: 1, dueDate: CalendarDay(year: 2030, month: 1, day: 31), title: "Gamma",
                                  createdAt: Self.created, spaceID: "s1", isCompleted: false, updatedAt: Self.created)
        let again = try JSONDecoder().decode(Milestone.self, from: JSONEncoder().encode(milestone))
        #expect(again == milestone && again.dueDate?.rawValue == "2030-01-31")
    }

    @Test("value types keep unknown values and compare with constants and literals")
    func typedValues() throws {
        let json = #"{"id":1,"number":2,"summary":"s","priority":"7","created_on":"2024-01-01T00:00:00Z","space_id":"x","state":0,"status":"Fixed","updated_at":"2024-01-01T00:00:00Z","notification_list":"a, b","permission_type":1}"#
        let ticket = try JSONDecoder().decode(Ticket.self, from: Data(json.utf8))
        #expect(ticket.priority.rawValue == 7 && ticket.priority != .lowest && ticket.priority.description == "7")
        #expect(ticket.state == .closed && ticket.state == 0 && !ticket.isOpen)
        #expect(ticket.permissionType == .private)
        #expect(ticket.notificationList == ["a", "b"])
        #expect(Self.ticket(priority: 1).priority == .highest)
        let event = #"{"date":"2024-01-01T10:00:00+02:00","operation":"commented","object":"Ticket Comment","url":"https://app.assembla.com/t/1","ticket":{"id":"5","number":12,"summary":"Hi","operation":"updated"}}"#
        let decoded = try JSONDecoder().decode(StreamEvent.self, from: Data(event.utf8))
        #expect(decoded.object == .ticketComment && decoded.object != .ticket && decoded.object.isTicketRelated)
        #expect(decoded.operation == .commented)
        #expect(decoded.ticket?.number == 12 && decoded.ticket?.id == 5)
        #expect(decoded.url?.host == "app.assembla.com")
    }

    @Test("tag states, member roles and space statuses are typed, keep unknown values and round-trip")
    func moreTypedValues() throws {
        let tag = try JSONDecoder().decode(Assembla.Tag.self, from: Data(#"{"id":3,"name":"ui","state":"2"}"#.utf8))
        #expect(tag.state == .active && tag.state == 2 && tag.state.description == "active")
        let odd = try JSONDecoder().decode(Assembla.Tag.self, from: Data(#"{"id":4,"name":"x","state":9}"#.utf8))
        #expect(odd.state.rawValue == 9 && odd.state != .hidden && odd.state.description == "9")
        let role = try JSONDecoder().decode(UserRole.self, from: Data(
            #"{"id":1,"user_id":"u","space_id":"s","role":"owner","status":2}"#.utf8))
        #expect(role.role == .owner && role.role == "owner" && role.role != .watcher)
        let guest = UserRole(id: 2, userID: "u", spaceID: "s", role: "guest")
        #expect(try JSONDecoder().decode(UserRole.self, from: JSONEncoder().encode(guest)).role.rawValue == "guest")
        #expect(try JSONDecoder().decode(Assembla.Tag.self, from: JSONEncoder().encode(odd)) == odd)
        let space = Space(id: "s1", name: "Old", wikiName: "old", publicPermissions: .none, teamPermissions: .all,
                          watcherPermissions: .view, sharePermissions: false, teamTabRole: 0, createdAt: Self.created,
                          updatedAt: Self.created, restricted: false, status: .archived, approved: true, isManager: true,
                          isVolunteer: false, isCommercial: false, canJoin: false, canApply: false)
        let again = try JSONDecoder().decode(Space.self, from: JSONEncoder().encode(space))
        #expect(again.status == .archived && again.status == 2 && again == space)
        #expect(space.apiFields.first { $0.name == "status" }?.value == .int(2))
    }

    @Test("a calendar day accepts only real YYYY-MM-DD days")
    func calendarDays() {
        #expect(CalendarDay(rawValue: "2030-01-31")?.day == 31)
        #expect(CalendarDay(rawValue: "2028-02-29") != nil)
        for bad in ["next tuesday", "2030-02-30", "2030-1-31", "31.01.2030", "", "2030-13-01"] {
            #expect(CalendarDay(rawValue: bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(year: 2030, month: 1, day: 31)! < CalendarDay(year: 2030, month: 2, day: 1)!)
    }

    @Test("a due date that is not a day is refused before any request")
    func dueDateChecked() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let error = await #expect(throws: AssemblaError.self) {
                try await space.createMilestone(MilestoneFields(title: "Gamma", other: ["due_date": .string("next tuesday")]))
            }
            #expect(error?.description.contains("next tuesday") == true)
            #expect(await server.requests().isEmpty)
        }
    }

    @Test("stream events carry a typed ticket")
    func streamTicket() async throws {
        try await Sandbox.run { _, assembla in
            let events = try await assembla.stream(from: Date().addingTimeInterval(-14 * 86_400))
            let comments = events.filter { $0.object == .ticketComment }
            #expect(!comments.isEmpty)
            #expect(comments.allSatisfy { $0.ticket?.number != nil })
        }
    }
}
