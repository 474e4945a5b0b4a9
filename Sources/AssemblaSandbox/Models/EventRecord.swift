import Foundation

/// An activity-stream event (`/v1/activity`). Ticket-comment events carry `ticket` and `whatchanged`.
struct EventRecord: JSONRepresentable {
    /// The ticket an event is about: id, number, summary and what happened to it.
    struct TicketRef: Sendable {
        var id: Int
        var number: Int
        var summary: String
        var operation: String
    }

    var date: Date
    var operation: String
    var object: String
    var objectId: String
    var title: String
    var url: String
    var spaceId: String
    var spaceName: String
    var authorId: String
    var authorName: String
    var whatchanged: String?
    var ticket: TicketRef?
    var commentOrDescription: String?

    var json: JSONValue {
        let ticketJSON: JSONValue = ticket.map {
            .object([
                ("id", .int($0.id)), ("number", .int($0.number)),
                ("summary", .string($0.summary)), ("operation", .string($0.operation)),
            ])
        } ?? .null
        return .object([
            ("date", .string(SandboxDates.timestamp(date))),
            ("operation", .string(operation)),
            ("object", .string(object)),
            ("object_id", .string(objectId)),
            ("title", .string(title)),
            ("url", .string(url)),
            ("space_id", .string(spaceId)),
            ("space_name", .string(spaceName)),
            ("author_id", .string(authorId)),
            ("author_name", .string(authorName)),
            ("whatchanged", .from(whatchanged)),
            ("ticket", ticketJSON),
            ("comment_or_description", .from(commentOrDescription)),
        ])
    }
}
