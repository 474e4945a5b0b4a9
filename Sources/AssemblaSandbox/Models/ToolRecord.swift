import Foundation

/// A tool installed in a space (`/v1/spaces/:space/space_tools`).
struct ToolRecord: JSONRepresentable {
    var id: String
    var spaceId: String
    var number: Int
    var toolId: Int
    var createdAt: Date
    var teamPermissions: Int? = nil
    var watcherPermissions: Int? = nil
    var publicPermissions: Int? = nil
    /// The repository URL for repository tools, else `nil`.
    var url: String?

    /// The tool's catalogue entry (type name, menu name, repository or not).
    var kind: ToolKind { ToolKind.of(toolId) }

    /// The name used in paths: `git` for a repository tool (with its instance number past 1), else the id.
    var name: String {
        guard kind.isRepository else { return id }
        return number == 1 ? kind.pathName : "\(kind.pathName)-\(number)"
    }

    var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("space_id", .string(spaceId)),
            ("active", .bool(true)),
            ("url", .from(url)),
            ("number", .int(number)),
            ("tool_id", .int(toolId)),
            ("type", .string(kind.typeName)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("team_permissions", .from(teamPermissions)),
            ("watcher_permissions", .from(watcherPermissions)),
            ("public_permissions", .from(publicPermissions)),
            ("parent_id", .null),
            ("menu_name", .string(kind.menuName)),
            ("name", .string(name)),
        ])
    }
}
