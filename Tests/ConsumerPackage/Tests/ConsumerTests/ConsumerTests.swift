import Assembla
import ConsumerApp
import Foundation
import HTTPTypes
import Testing

@Suite("A package that depends on the Assembla library alone")
struct ConsumerTests {
    static let created = Date(timeIntervalSince1970: 1_700_000_000)

    static func space() -> Assembla.Space {
        Assembla.Space(id: "s1", name: "Big Project", wikiName: "big-project", publicPermissions: .none,
                       teamPermissions: .all, watcherPermissions: .view, sharePermissions: false, teamTabRole: 0,
                       createdAt: created, updatedAt: created, restricted: false, status: .active, approved: true,
                       isManager: true, isVolunteer: false, isCommercial: false, canJoin: false, canApply: false)
    }

    static func ticket(_ number: Int, priority: TicketPriority, state: TicketState) -> Assembla.Ticket {
        Assembla.Ticket(id: number, number: number, summary: "Ticket \(number)", priority: priority, createdOn: created,
                        spaceID: "s1", state: state, status: state == .open ? "New" : "Fixed", updatedAt: created)
    }

    @Test("model inits and typed values")
    func models() {
        let tickets = [Self.ticket(2, priority: .low, state: .open), Self.ticket(1, priority: .highest, state: .closed)]
        #expect(TicketReport.lines(tickets) == ["#1 [highest] Fixed: Ticket 1 (closed)", "#2 [low] New: Ticket 2"])
        #expect(CalendarDay(rawValue: "next tuesday") == nil)
        #expect(StreamObject(rawValue: "Ticket Comment") != .ticket)
    }

    @Test("Assembla.HTTPRequest and HTTPTypes.HTTPRequest side by side")
    func httpTypes() throws {
        let ours = Assembla.HTTPRequest(baseURL: try #require(URL(string: "https://api.assembla.com")), method: .get,
                                        path: "/v1/spaces/s1")
        let theirs: HTTPTypes.HTTPRequest = TicketReport.httpTypesRequest(for: ours)
        #expect(theirs.path == "/v1/spaces/s1" && theirs.authority == "api.assembla.com")
    }

    @Test("the stub transport answers from a table and records the requests")
    func stub() async throws {
        let stub = StubTransport([
            "GET /v1/spaces/s1": try .json(Self.space()),
            "GET /v1/spaces/s1/tickets": try .json([Self.ticket(1, priority: .high, state: .open),
                                                    Self.ticket(2, priority: .low, state: .closed)]),
        ])
        var configuration = AssemblaConfiguration(credentials: .bearer(token: "test-token"))
        configuration.transport = stub
        let tickets = try await TicketReport.openTickets(spaceID: "s1", client: AssemblaClient(configuration: configuration))
        #expect(tickets.map(\.number) == [1])
        #expect(stub.requests.first?.summary == "GET /v1/spaces/s1")
        #expect(!stub.requests.contains { $0.path == "/v1/spaces" })
    }

    @Test("space(id:) against the sandbox is one GET")
    func sandbox() async throws {
        let sandbox = try SandboxProcess.start()
        defer { sandbox.stop() }
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                  baseURL: sandbox.baseURL)
        let logged = RequestCounter()
        configuration.onRequest = { logged.add($0.method.rawValue + " " + $0.path) }
        let client = AssemblaClient(configuration: configuration)
        let space = try await client.space(id: "big-project")
        #expect(space.name == "Big Project")
        #expect(logged.all == ["GET /v1/spaces/big-project"])
        let ticket = try await space.ticket(number: 201)
        #expect(ticket.status == "Test" && (1...5).contains(ticket.priority.rawValue))
    }
}

/// The request log, collected from `onRequest`.
final class RequestCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
