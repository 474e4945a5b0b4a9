import Foundation

/// `/v1/spaces/:space/tickets` requests.
enum TicketEndpoints {
    static func path(_ space: String) -> String { SpaceEndpoints.path(space) + "/tickets" }

    /// `GET …/tickets?report=0` — all tickets (report 0), paged.
    static func list(_ space: String) -> PagedEndpoint<Ticket> {
        .paged(path(space), kind: "tickets", query: [URLQueryItem(name: "report", value: "0")])
    }
    /// `GET …/tickets/milestone/:id`, paged.
    static func inMilestone(_ space: String, milestone: Int) -> PagedEndpoint<Ticket> {
        .paged(path(space) + "/milestone/\(milestone)", kind: "milestone-tickets")
    }
    /// `GET …/tickets/:number`.
    static func show(_ space: String, number: Int) -> Endpoint<Ticket> { Endpoint(.get, path(space) + "/\(number)") }
    /// `POST …/tickets` with `{"ticket":{…}}`.
    static func create(_ space: String, _ attributes: Attributes) -> Endpoint<Ticket> {
        Endpoint(.post, path(space), body: JSONBody.wrapped("ticket", attributes))
    }
    /// `PUT …/tickets/:number` with only the changed attributes.
    static func update(_ space: String, number: Int, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space) + "/\(number)", body: JSONBody.wrapped("ticket", attributes))
    }
    /// `DELETE …/tickets/:number`.
    static func delete(_ space: String, number: Int) -> Endpoint<NoContent> {
        Endpoint(nothing: .delete, path(space) + "/\(number)")
    }
    /// `GET …/tickets/:number/tags`.
    static func tags(_ space: String, number: Int) -> Endpoint<[Tag]> { .list(path(space) + "/\(number)/tags") }
}
