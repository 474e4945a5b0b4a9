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

    /// The fields a record of this kind has: API fields (Assembla's names) plus derived ones.
    var fieldNames: [String] {
        switch self {
        case .space:
            ["id", "name", "description", "wiki_name", "public_permissions", "team_permissions", "watcher_permissions",
             "share_permissions", "team_tab_role", "created_at", "updated_at", "default_showpage", "tabs_order", "parent_id",
             "restricted", "restricted_date", "commercial_from", "banner", "banner_height", "banner_link", "banner_text",
             "style", "status", "approved", "is_manager", "is_volunteer", "is_commercial", "can_join", "can_apply",
             "last_payer_changed_at"]
        case .milestone:
            ["id", "title", "description", "due_date", "user_id", "created_at", "updated_at", "created_by", "updated_by",
             "space_id", "is_completed", "completed_date", "release_level", "release_notes", "planner_type",
             "pretty_release_level", "space"]
        case .ticket:
            ["id", "number", "summary", "description", "priority", "completed_date", "component_id", "created_on",
             "updated_at", "permission_type", "importance", "is_story", "milestone_id", "notification_list", "space_id",
             "state", "status", "story_importance", "working_hours", "estimate", "total_estimate", "total_invested_hours",
             "total_working_hours", "assigned_to_id", "reporter_id", "custom_fields", "hierarchy_type",
             "assigned_to", "reporter", "milestone", "space", "status_name"]
        case .user: ["id", "login", "name", "picture", "email", "organization", "phone", "im", "im2"]
        case .task:
            ["id", "description", "url", "hours", "begin_at", "end_at", "billed", "space_id", "ticket_number", "ticket_id",
             "user_id", "job_agreement_id", "created_at", "updated_at", "space", "user"]
        case .event:
            ["date", "operation", "object", "object_id", "title", "url", "space_id", "space_name", "author_id",
             "author_name", "whatchanged", "ticket", "comment_or_description", "author", "space"]
        case .comment: ["id", "comment", "ticket_id", "user_id", "created_on", "updated_at", "ticket_changes", "author", "ticket_number"]
        case .tag: ["id", "name", "space_id", "state", "created_at", "updated_at"]
        case .status: ["id", "space_tool_id", "name", "state", "list_order", "created_at", "updated_at"]
        case .tool:
            ["id", "space_id", "active", "url", "number", "tool_id", "type", "created_at", "team_permissions",
             "watcher_permissions", "public_permissions", "parent_id", "menu_name", "name"]
        case .field:
            ["id", "space_tool_id", "type", "title", "order", "required", "hide", "default_value", "list_options",
             "created_at", "updated_at"]
        case .member:
            ["id", "user_id", "space_id", "role", "status", "invited_time", "agreed_time", "title", "invited_by_id", "user"]
        case .group, .row: []
        }
    }
}
