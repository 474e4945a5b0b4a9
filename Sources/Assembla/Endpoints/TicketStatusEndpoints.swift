/// `/v1/spaces/:space/tickets/statuses` requests.
enum TicketStatusEndpoints {
    /// `GET …/tickets/statuses`.
    static func list(_ space: String) -> Endpoint<[TicketStatus]> { .list(TicketEndpoints.path(space) + "/statuses") }
}
