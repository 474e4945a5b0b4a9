import Foundation

/// `/v1/spaces/:space/tickets` requests.
enum TicketEndpoints {
    static func path(_ space: String) -> String { SpaceEndpoints.path(space) + "/tickets" }

    /// `GET …/tickets?report=0` — all tickets (report 0), paged.
    static func list(_ space: String) -> PagedEndpoint<Ticket> { list(space, TicketFilter()) }

    /// `GET …/tickets` with the filter's server-side parameters: `report` (default 0, all),
    /// `number[]`, `sort_by`, `sort_order`; paged.
    static func list(_ space: String, _ filter: TicketFilter) -> PagedEndpoint<Ticket> {
        var query = [URLQueryItem(name: "report", value: String(filter.report ?? 0))]
        if let sortBy = filter.sortBy {
            query.append(URLQueryItem(name: "sort_by", value: sortBy))
            query.append(URLQueryItem(name: "sort_order", value: filter.sortDescending ? "desc" : "asc"))
        } else if filter.sortDescending {
            query.append(URLQueryItem(name: "sort_order", value: "desc"))
        }
        for number in filter.numbers ?? [] { query.append(URLQueryItem(name: "number[]", value: String(number))) }
        return .paged(path(space), kind: "tickets", query: query)
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
