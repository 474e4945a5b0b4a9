import Foundation

/// A user's role in a space (`/user_roles`): `owner`, `member` or `watcher`.
struct UserRoleRecord: JSONRepresentable {
    var id: Int
    var userId: String
    var spaceId: String
    var role: String
    var status: Int
    var invitedTime: Date
    var agreedTime: Date?
    var title: String?
    var invitedById: String

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("user_id", .string(userId)),
            ("space_id", .string(spaceId)),
            ("role", .string(role)),
            ("status", .int(status)),
            ("invited_time", .string(SandboxDates.timestamp(invitedTime))),
            ("agreed_time", .from(agreedTime.map(SandboxDates.timestamp))),
            ("title", .from(title)),
            ("invited_by_id", .string(invitedById)),
        ])
    }
}
