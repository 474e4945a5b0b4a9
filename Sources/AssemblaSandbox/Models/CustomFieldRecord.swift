import Foundation

/// A ticket custom field definition (`/tickets/custom_fields`).
struct CustomFieldRecord: JSONRepresentable {
    var id: Int
    var spaceToolId: String
    var type: String
    var title: String
    var order: Int?
    var required = false
    var hide = false
    var defaultValue: String? = nil
    var listOptions: [String]
    var createdAt: Date

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("space_tool_id", .string(spaceToolId)),
            ("type", .string(type)),
            ("title", .string(title)),
            ("order", .from(order)),
            ("required", .bool(required)),
            ("hide", .bool(hide)),
            ("default_value", .from(defaultValue)),
            ("list_options", .array(listOptions.map(JSONValue.string))),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("updated_at", .string(SandboxDates.timestamp(createdAt))),
        ])
    }
}
