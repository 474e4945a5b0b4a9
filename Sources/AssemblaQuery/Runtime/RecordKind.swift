/// What a record is; decides its table columns, its field list for hints, and which
/// commands can follow it.
enum RecordKind: String, Sendable, CaseIterable {
    case space, milestone, ticket, user, task, event, comment, tag, status, tool, field, member, group, row

    /// The word `fields KIND` and help use (plural).
    var plural: String {
        switch self {
        case .space: "spaces"
        case .milestone: "milestones"
        case .ticket: "tickets"
        case .user: "users"
        case .task: "tasks"
        case .event: "stream"
        case .comment: "comments"
        case .tag: "tags"
        case .status: "statuses"
        case .tool: "tools"
        case .field: "custom_fields"
        case .member: "members"
        case .group: "groups"
        case .row: "rows"
        }
    }

    /// The kind named by a word (`tickets`, `ticket`, `stream`, `events`…).
    static func named(_ word: String) -> RecordKind? {
        let lowered = word.lowercased()
        return allCases.first { $0.plural == lowered || $0.rawValue == lowered || $0.rawValue + "s" == lowered }
            ?? (lowered == "events" ? .event : nil)
    }

    /// Columns a table shows when the pipeline did not `select` any (nil: every field).
    var tableColumns: [String]? {
        switch self {
        case .space: ["name", "wiki_name", "team_permissions", "public_permissions", "created_at"]
        case .milestone: ["title", "due_date", "is_completed", "space"]
        case .ticket: ["number", "summary", "status", "priority", "assigned_to", "milestone"]
        case .user: ["login", "name", "email"]
        case .task: ["begin_at", "hours", "space", "user", "description"]
        case .event: ["date", "author", "space", "operation", "object", "title"]
        case .comment: ["created_on", "author", "comment"]
        case .tag: ["name", "state"]
        case .status: ["name", "state", "list_order"]
        case .tool: ["menu_name", "type", "tool_id", "name", "url"]
        case .field: ["title", "type", "list_options"]
        case .member: ["user", "role", "status"]
        case .group, .row: nil
        }
    }

    /// The fields a record of this kind has, in order (see `fields` for their types).
    var fieldNames: [String] { fields.map(\.name) }
}
