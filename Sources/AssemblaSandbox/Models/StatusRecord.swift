import Foundation

/// A ticket status of a space's workflow (`/tickets/statuses`); state 1 open, 0 closed.
struct StatusRecord: JSONRepresentable {
    var id: Int
    var spaceToolId: String
    var name: String
    var state: Int
    var listOrder: Int
    var createdAt: Date

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("space_tool_id", .string(spaceToolId)),
            ("name", .string(name)),
            ("state", .int(state)),
            ("list_order", .int(listOrder)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("updated_at", .string(SandboxDates.timestamp(createdAt))),
        ])
    }
}
