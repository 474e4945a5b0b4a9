import Foundation

/// A tag of a space (`/tags`); state 1 proposed, 2 active, 4 hidden.
struct TagRecord: JSONRepresentable {
    var id: Int
    var spaceId: String
    var name: String
    var state: Int
    var createdAt: Date

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("name", .string(name)),
            ("space_id", .string(spaceId)),
            ("state", .int(state)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("updated_at", .string(SandboxDates.timestamp(createdAt))),
        ])
    }
}
