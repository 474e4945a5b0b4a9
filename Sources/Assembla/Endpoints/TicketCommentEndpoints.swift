/// `/v1/spaces/:space/tickets/:number/ticket_comments` requests.
enum TicketCommentEndpoints {
    static func path(_ space: String, ticket: Int) -> String { TicketEndpoints.path(space) + "/\(ticket)/ticket_comments" }

    /// `GET …/ticket_comments`, paged.
    static func list(_ space: String, ticket: Int) -> PagedEndpoint<TicketComment> { .paged(path(space, ticket: ticket), kind: "comments") }
    /// `POST …/ticket_comments` with `{"ticket_comment":{"comment":…}}`.
    static func create(_ space: String, ticket: Int, comment: String) -> Endpoint<TicketComment> {
        Endpoint(.post, path(space, ticket: ticket), body: JSONBody.wrapped("ticket_comment", ["comment": .string(comment)]))
    }
    /// `PUT …/ticket_comments/:id`.
    static func update(_ space: String, ticket: Int, id: Int, comment: String) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space, ticket: ticket) + "/\(id)",
                 body: JSONBody.wrapped("ticket_comment", ["comment": .string(comment)]))
    }
}
