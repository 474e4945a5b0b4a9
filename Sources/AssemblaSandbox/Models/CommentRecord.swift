import Foundation

/// A ticket comment (`/tickets/:number/ticket_comments`).
struct CommentRecord: JSONRepresentable {
    var id: Int
    var ticketId: Int
    var userId: String
    var comment: String
    var createdOn: Date
    var updatedAt: Date
    var ticketChanges = "--- []\n"

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("comment", .string(comment)),
            ("ticket_id", .int(ticketId)),
            ("user_id", .string(userId)),
            ("created_on", .string(SandboxDates.timestamp(createdOn))),
            ("updated_at", .string(SandboxDates.timestamp(updatedAt))),
            ("ticket_changes", .string(ticketChanges)),
        ])
    }
}
